// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../src-shared/contract';
import type { UpdateStatus } from '../../../src-shared/contract/updates';
import { setTransport } from '../../api/client';
import { useUnsavedStore } from '../../stores/unsaved-store';
import { UpdatePrompt } from './UpdatePrompt';
import { useUnsavedReport } from './use-unsaved-report';

const READY: UpdateStatus = {
  state: 'ready',
  currentVersion: '1.1.0',
  availableVersion: '1.2.0',
  percent: null,
  message: null,
  lastCheckedAt: null,
  feedUrl: 'http://hub:8470/updates/',
  feedSource: 'built-in',
  unsavedRows: 0,
};

/** A shell that has 1.2.0 ready and refuses a restart while rows are reported unsaved. */
function fakeShell(status: UpdateStatus = READY, otherWindowRows = 0) {
  const calls: Array<{ channel: string; payload: unknown }> = [];
  let reported = 0;
  setTransport({
    kind: 'ipc',
    async invoke(channel, payload): Promise<Result<unknown>> {
      calls.push({ channel, payload });
      if (channel === 'updates.status') return { ok: true, data: status };
      if (channel === 'updates.reportUnsaved') {
        reported = (payload as { rows: number }).rows;
        return { ok: true, data: { recorded: true } };
      }
      if (channel === 'updates.restart') {
        if (reported + otherWindowRows > 0)
          return { ok: false, error: { code: 'CONFLICT', message: 'Save or discard the rows first.' } };
        return { ok: true, data: status };
      }
      return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: channel } };
    },
  });
  return calls;
}

function Shell() {
  useUnsavedReport(true);
  return <UpdatePrompt />;
}

beforeEach(() => useUnsavedStore.setState({ counts: {} }));
afterEach(cleanup);

describe('the restart prompt of a downloaded update', () => {
  it('asks, and restarts only when the person says so', async () => {
    const calls = fakeShell();
    render(<Shell />);
    expect(await screen.findByText(/FloorKPI 1\.2\.0 is ready\. Restart now/)).toBeTruthy();
    expect(calls.some((c) => c.channel === 'updates.restart')).toBe(false);
    await userEvent.click(screen.getByRole('button', { name: 'Restart now' }));
    expect(calls.filter((c) => c.channel === 'updates.restart')).toHaveLength(1);
  });

  it('waits while a grid has unsaved rows, and tells the shell the count', async () => {
    const calls = fakeShell();
    render(<Shell />);
    await screen.findByRole('button', { name: 'Restart now' });
    act(() => useUnsavedStore.getState().report('production-grid', 2));
    expect(screen.getByText(/Save or discard your 2 unsaved rows, then restart/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Restart now' }) as HTMLButtonElement).disabled).toBe(true);
    expect(calls.filter((c) => c.channel === 'updates.reportUnsaved').map((c) => c.payload)).toEqual([
      { rows: 0 },
      { rows: 2 },
    ]);
    act(() => useUnsavedStore.getState().report('production-grid', 0));
    expect((screen.getByRole('button', { name: 'Restart now' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('shows the shell’s refusal, and "Later" hides the question for this version', async () => {
    // Another window of this PC still has a row the shell knows about: it refuses.
    fakeShell(READY, 1);
    render(<Shell />);
    await screen.findByRole('button', { name: 'Restart now' });
    await userEvent.click(screen.getByRole('button', { name: 'Restart now' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Save or discard the rows first.');
    await userEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByRole('region', { name: 'Update ready' })).toBeNull();
  });

  it('shows nothing while no update is ready', async () => {
    const calls = fakeShell({ ...READY, state: 'up-to-date', availableVersion: null });
    render(<UpdatePrompt />);
    await act(async () => {});
    expect(calls.map((c) => c.channel)).toContain('updates.status');
    expect(screen.queryByRole('region', { name: 'Update ready' })).toBeNull();
  });
});
