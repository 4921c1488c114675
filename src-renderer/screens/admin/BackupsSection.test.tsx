// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../src-shared/contract';
import type { BackupInfo } from '../../../src-shared/contract/backups';
import { setTransport } from '../../api/client';
import { useSessionStore } from '../../stores/session-store';
import { BackupsSection } from './BackupsSection';

afterEach(() => {
  cleanup();
  useSessionStore.setState({ status: 'unknown', me: null, notice: null });
});

const DAILY: BackupInfo = {
  name: 'plant-daily-20260630T120000000Z.db',
  kind: 'daily',
  createdAt: '2026-06-30T12:00:00.000Z',
  bytes: 12.5 * 1024 * 1024,
};
const DAMAGED: BackupInfo = {
  name: 'plant-damaged-20260629T080000000Z.db',
  kind: 'damaged',
  createdAt: '2026-06-29T08:00:00.000Z',
  bytes: 4096,
};

/** A core holding `backups`, recording each call. */
function fakeCore(backups: BackupInfo[], answers: Record<string, Result<unknown>> = {}) {
  const calls: { channel: string; payload: unknown }[] = [];
  setTransport({
    kind: 'http',
    async invoke(channel, payload): Promise<Result<unknown>> {
      calls.push({ channel, payload });
      if (answers[channel]) return answers[channel];
      if (channel === 'backups.list') return { ok: true, data: { folder: '/data/backups', backups } };
      return { ok: false, error: { code: 'FORBIDDEN', message: 'not in this test' } };
    },
  });
  return calls;
}

describe('BackupsSection', () => {
  it('lists the backups with when, why and how big, and where they are', async () => {
    fakeCore([DAILY, DAMAGED]);
    render(<BackupsSection />);
    const table = await screen.findByRole('table', { name: 'Backups' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole('cell')
          .slice(1, 3)
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['Daily', '12.5 MB'],
      ['Damaged file set aside', '4 KB'],
    ]);
    // A damaged file is kept for examination, never offered for a restore.
    expect(within(rows[0] as HTMLElement).queryByRole('button', { name: 'Restore…' })).not.toBeNull();
    expect(within(rows[1] as HTMLElement).queryByRole('button', { name: 'Restore…' })).toBeNull();
    expect(screen.getByText('/data/backups')).toBeTruthy();
  });

  it('says so when there is none yet, and makes one on request', async () => {
    const calls = fakeCore([], { 'backups.create': { ok: true, data: DAILY } });
    render(<BackupsSection />);
    expect(await screen.findByText('No backups yet.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Back up now' }));
    expect(await screen.findByRole('status')).toHaveProperty(
      'textContent',
      expect.stringContaining('12.5 MB, checked'),
    );
    expect(calls.map((c) => c.channel)).toEqual(['backups.list', 'backups.create', 'backups.list']);
  });

  it('asks before restoring, restores the chosen backup, then sends everyone to sign in', async () => {
    const calls = fakeCore([DAILY], {
      'backups.restore': {
        ok: true,
        data: { restored: DAILY, keptAs: { ...DAILY, name: 'plant-restore-x.db', kind: 'restore' } },
      },
    });
    useSessionStore.setState({
      status: 'signed-in',
      me: {
        userId: 'U1',
        username: 'ana',
        fullName: 'Ana',
        locale: { language: 'en', regionalFormat: 'en-US' },
        role: 'ADMIN',
        clients: [],
      },
    });
    render(<BackupsSection />);
    await userEvent.click(await screen.findByRole('button', { name: 'Restore…' }));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.textContent).toContain('Everything entered since then is replaced');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(calls.some((c) => c.channel === 'backups.restore')).toBe(false);

    await userEvent.click(screen.getByRole('button', { name: 'Restore…' }));
    await userEvent.click(
      within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Restore this backup' }),
    );
    expect(calls.find((c) => c.channel === 'backups.restore')?.payload).toEqual({ name: DAILY.name });
    expect(useSessionStore.getState().status).toBe('signed-out');
    expect(useSessionStore.getState().notice).toMatch(
      /restored from the backup of .*kept as plant-restore-x\.db/,
    );
  });

  it('says why a restore was refused, and keeps the user signed in', async () => {
    fakeCore([DAILY], {
      'backups.restore': {
        ok: false,
        error: { code: 'VALIDATION', message: 'It failed its integrity check.' },
      },
    });
    useSessionStore.setState({
      status: 'signed-in',
      me: {
        userId: 'U1',
        username: 'ana',
        fullName: 'Ana',
        locale: { language: 'en', regionalFormat: 'en-US' },
        role: 'ADMIN',
        clients: [],
      },
    });
    render(<BackupsSection />);
    await userEvent.click(await screen.findByRole('button', { name: 'Restore…' }));
    await userEvent.click(screen.getByRole('button', { name: 'Restore this backup' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Nothing was restored: It failed its integrity check.',
    );
    expect(useSessionStore.getState().status).toBe('signed-in');
  });
});
