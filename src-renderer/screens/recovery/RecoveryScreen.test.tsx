// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../src-shared/contract';
import type { BackupInfo } from '../../../src-shared/contract/backups';
import type { DatabaseStatus } from '../../../src-shared/contract/system';
import { setTransport } from '../../api/client';
import { RecoveryScreen } from './RecoveryScreen';

afterEach(cleanup);

const BACKUP: BackupInfo = {
  name: 'plant-daily-20260630T120000000Z.db',
  kind: 'daily',
  createdAt: '2026-06-30T12:00:00.000Z',
  bytes: 3 * 1024 * 1024,
};

const damaged = (latestBackup: BackupInfo | null): DatabaseStatus => ({
  state: 'damaged',
  path: '/data/plant.db',
  message:
    'The database /data/plant.db failed its integrity check (Tree 7 page 7: btreeInitPage() returns error code 11).',
  latestBackup,
});

function fakeCore(answer: Result<unknown>) {
  const calls: { channel: string; payload: unknown }[] = [];
  setTransport({
    kind: 'http',
    async invoke(channel, payload) {
      calls.push({ channel, payload });
      return answer;
    },
  });
  return calls;
}

describe('RecoveryScreen', () => {
  it('says what is wrong and where, and offers the latest good backup with its date and size', () => {
    fakeCore({ ok: false, error: { code: 'INTERNAL', message: 'unused' } });
    render(<RecoveryScreen status={damaged(BACKUP)} onRestored={vi.fn()} />);
    expect(screen.getByRole('heading', { name: 'The plant database is damaged' })).toBeTruthy();
    expect(screen.getByText(/failed its integrity check/)).toBeTruthy();
    expect(screen.getByText('/data/plant.db')).toBeTruthy();
    expect(screen.getByText(/Daily · 3\.0 MB/)).toBeTruthy();
  });

  it('restores it after a second confirmation, without sign-in', async () => {
    const result = { restored: BACKUP, keptAs: { ...BACKUP, name: 'plant-damaged-x.db', kind: 'damaged' } };
    const calls = fakeCore({ ok: true, data: result });
    const onRestored = vi.fn();
    render(<RecoveryScreen status={damaged(BACKUP)} onRestored={onRestored} />);
    await userEvent.click(screen.getByRole('button', { name: 'Restore this backup…' }));
    expect(calls).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Yes, restore this backup' }));
    expect(calls).toEqual([{ channel: 'database.recover', payload: { name: BACKUP.name } }]);
    expect(onRestored).toHaveBeenCalledWith(result);
  });

  it('says why a restore failed', async () => {
    fakeCore({ ok: false, error: { code: 'VALIDATION', message: 'The backup failed its integrity check.' } });
    render(<RecoveryScreen status={damaged(BACKUP)} onRestored={vi.fn()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Restore this backup…' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, restore this backup' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Nothing was restored: The backup failed',
    );
  });

  it('says where to put a backup when there is none', () => {
    fakeCore({ ok: false, error: { code: 'INTERNAL', message: 'unused' } });
    render(<RecoveryScreen status={damaged(null)} onRestored={vi.fn()} />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText(/No backup of this database was found/)).toBeTruthy();
  });
});
