// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../src-shared/contract';
import type { Me } from '../../../src-shared/contract/auth';
import type { UpdateStatus } from '../../../src-shared/contract/updates';
import type { Role } from '../../../src-shared/domain/roles';
import { setTransport } from '../../api/client';
import { UpdatesSection } from './UpdatesSection';

afterEach(cleanup);

const IDLE: UpdateStatus = {
  state: 'idle',
  currentVersion: '1.1.0',
  availableVersion: null,
  percent: null,
  message: null,
  lastCheckedAt: null,
  feedUrl: 'http://floorkpi-hub:8470/updates/',
  feedSource: 'built-in',
  unsavedRows: 0,
};

function me(role: Role): Me {
  return {
    userId: 'U1',
    username: 'it',
    fullName: 'Plant IT',
    locale: { language: 'en', regionalFormat: 'en-US' },
    role,
    clients: [],
  };
}

/** The shell's updates.* answers; a check finds 1.2.0 and starts downloading it. */
function fakeShell(first: UpdateStatus = IDLE) {
  const calls: Array<{ channel: string; payload: unknown }> = [];
  let status = first;
  setTransport({
    kind: 'ipc',
    async invoke(channel, payload): Promise<Result<unknown>> {
      calls.push({ channel, payload });
      if (channel === 'updates.status') return { ok: true, data: status };
      if (channel === 'updates.check') {
        status = { ...status, state: 'downloading', availableVersion: '1.2.0', percent: 40 };
        return { ok: true, data: status };
      }
      if (channel === 'updates.setFeed') {
        const url = (payload as { url: string | null }).url;
        status = url ? { ...status, feedUrl: url, feedSource: 'setting' } : { ...IDLE };
        return { ok: true, data: status };
      }
      return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: channel } };
    },
  });
  return calls;
}

describe('Admin → Updates', () => {
  it('shows the version and the feed, and checks on demand', async () => {
    const calls = fakeShell();
    render(<UpdatesSection me={me('LEADER')} />);
    expect(await screen.findByText(/FloorKPI 1\.1\.0\. New versions come from the plant hub/)).toBeTruthy();
    expect(
      screen.getByText(/http:\/\/floorkpi-hub:8470\/updates\/ \(built into the installer\)/),
    ).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Check for updates' }));
    expect(calls.map((c) => c.channel)).toContain('updates.check');
    expect(screen.getByTestId('update-state').textContent).toBe(
      'Downloading FloorKPI 1.2.0 in the background… 40\u00a0%',
    );
    // A leader checks but does not choose the address.
    expect(screen.queryByLabelText('Update address for this PC')).toBeNull();
  });

  it('lets an administrator set this PC’s address, refusing a bad one before sending it', async () => {
    const calls = fakeShell();
    render(<UpdatesSection me={me('ADMIN')} />);
    const field = await screen.findByLabelText('Update address for this PC');
    await userEvent.type(field, 'ftp://hub/updates');
    await userEvent.click(screen.getByRole('button', { name: 'Save address' }));
    expect(screen.getByText('The address must start with http:// or https://.')).toBeTruthy();
    expect(calls.some((c) => c.channel === 'updates.setFeed')).toBe(false);

    await userEvent.clear(field);
    await userEvent.type(field, 'http://10.0.0.5:8470/updates/');
    await userEvent.click(screen.getByRole('button', { name: 'Save address' }));
    expect(calls.filter((c) => c.channel === 'updates.setFeed').map((c) => c.payload)).toEqual([
      { url: 'http://10.0.0.5:8470/updates/' },
    ]);
    expect(await screen.findByText('Update address saved.')).toBeTruthy();
    expect(screen.getByText(/http:\/\/10\.0\.0\.5:8470\/updates\/ \(set in Admin on this PC\)/)).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Use the default address' }));
    expect(calls.filter((c) => c.channel === 'updates.setFeed').at(-1)?.payload).toEqual({ url: null });
    expect(await screen.findByText('This PC uses the default update address again.')).toBeTruthy();
  });

  it('explains, without buttons that cannot work, where the app cannot update itself', async () => {
    fakeShell({
      ...IDLE,
      state: 'unavailable',
      message: 'This FloorKPI runs in the browser host.',
      feedUrl: null,
    });
    render(<UpdatesSection me={me('ADMIN')} />);
    expect(await screen.findByText('This FloorKPI runs in the browser host.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Check for updates' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    expect(screen.queryByLabelText('Update address for this PC')).toBeNull();
  });
});
