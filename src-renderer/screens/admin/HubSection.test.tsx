// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../src-shared/contract';
import type { SyncConflictItem, SyncStatusView } from '../../../src-shared/contract/sync';
import { setTransport } from '../../api/client';
import '../../i18n/i18n';
import { HubSection } from './HubSection';

afterEach(cleanup);

const ENROLLED: SyncStatusView = {
  enrolled: true,
  hubUrl: 'http://plant-hub:8470',
  username: 'plant-admin',
  deviceId: 'D-1',
  lastSuccessAt: '2026-03-02T10:42:00Z',
  unreachableSince: null,
  lastError: null,
  lastErrorCode: null,
  waiting: 0,
  openConflicts: 1,
  pulling: null,
};

const STALE: SyncConflictItem = {
  conflictId: 7,
  table: 'work_order',
  key: { work_order_id: 'WO-A' },
  kind: 'stale_version',
  localUserId: 'U-ANA',
  localAt: '2026-03-02T10:00:00Z',
  hubUserId: 'U-BEN',
  hubAt: '2026-03-02T10:05:00Z',
  message: null,
  fields: [
    { field: 'planned_quantity', local: 900, hub: 1200 },
    { field: 'notes', local: 'short of leather', hub: null },
  ],
};

/** The core's sync.* answers; every call is kept to check what the screen asked for. */
function fakeCore(status: SyncStatusView, conflicts: SyncConflictItem[]) {
  const calls: Array<{ channel: string; payload: unknown }> = [];
  setTransport({
    kind: 'ipc',
    async invoke(channel, payload): Promise<Result<unknown>> {
      calls.push({ channel, payload });
      if (channel === 'sync.status') return { ok: true, data: status };
      if (channel === 'sync.conflicts') return { ok: true, data: conflicts };
      if (channel === 'sync.resolve') return { ok: true, data: { resolved: true, status } };
      if (channel === 'sync.join') return { ok: true, data: { ok: true, status } };
      return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: channel } };
    },
  });
  return calls;
}

describe('Admin › Plant hub conflicts', () => {
  it('merges field by field, chosen with the keyboard alone', async () => {
    const calls = fakeCore(ENROLLED, [STALE]);
    const user = userEvent.setup();
    render(<HubSection />);
    const conflict = await screen.findByTestId('sync-conflict');
    // Every field starts on the hub's side, which the PC holds now.
    const quantity = within(conflict).getByRole('group', { name: 'Keep which Planned qty' });
    expect(within(quantity).getByRole('radio', { name: 'Hub' })).toHaveProperty('checked', true);
    expect(within(conflict).getByText('0 from this PC, 2 from the hub')).toBeTruthy();
    // Tab to the first pair, choose this PC's value with a key, then merge.
    within(quantity).getByRole('radio', { name: 'Hub' }).focus();
    await user.keyboard('{ArrowLeft}');
    expect(within(quantity).getByRole('radio', { name: 'This PC' })).toHaveProperty('checked', true);
    expect(within(conflict).getByText('1 from this PC, 1 from the hub')).toBeTruthy();
    within(conflict).getByRole('button', { name: 'Merge the chosen fields' }).focus();
    await user.keyboard('{Enter}');
    const resolve = calls.find((c) => c.channel === 'sync.resolve');
    expect(resolve?.payload).toEqual({
      conflictId: 7,
      keep: 'merge',
      fields: { planned_quantity: 'local', notes: 'hub' },
    });
  });

  it("offers only the hub's side for a refusal and for a user name taken on the hub", async () => {
    fakeCore(ENROLLED, [
      { ...STALE, conflictId: 8, kind: 'refused', message: 'FORBIDDEN: not yours' },
      { ...STALE, conflictId: 9, table: 'app_user', key: { user_id: 'U-ADMIN' }, kind: 'natural_key' },
    ]);
    render(<HubSection />);
    const items = await screen.findAllByTestId('sync-conflict');
    expect(items).toHaveLength(2);
    for (const item of items) {
      expect(within(item).getByRole('button', { name: "Keep the hub's" })).toBeTruthy();
      expect(within(item).queryByRole('button', { name: "Keep this PC's" })).toBeNull();
      expect(within(item).queryByRole('button', { name: 'Merge the chosen fields' })).toBeNull();
      expect(within(item).queryByRole('radio')).toBeNull();
    }
  });
});

describe('Admin › Plant hub, enrol again', () => {
  it('opens the connect form filled with the hub and user, and enrols with the password typed', async () => {
    const calls = fakeCore({ ...ENROLLED, openConflicts: 0 }, []);
    const user = userEvent.setup();
    render(<HubSection />);
    await user.click(await screen.findByRole('button', { name: 'Enrol again' }));
    expect(screen.getByLabelText('Hub address')).toHaveProperty('value', 'http://plant-hub:8470');
    expect(screen.getByLabelText('Hub user name')).toHaveProperty('value', 'plant-admin');
    // The password is where the cursor waits.
    expect(document.activeElement).toBe(screen.getByLabelText('Password'));
    await user.keyboard('new-hub-pass{Enter}');
    expect(calls.find((c) => c.channel === 'sync.join')?.payload).toEqual({
      hubUrl: 'http://plant-hub:8470',
      username: 'plant-admin',
      password: 'new-hub-pass',
    });
    expect(await screen.findByText('Enrolled again with http://plant-hub:8470 and synced.')).toBeTruthy();
  });

  it('says so and opens the form when the hub no longer recognises this PC', async () => {
    fakeCore({ ...ENROLLED, openConflicts: 0, lastErrorCode: 'MUTATION_GAP', lastError: 'gap' }, []);
    render(<HubSection />);
    expect(await screen.findByText('The hub no longer recognises this PC: enrol it again.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Enrol this PC again' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
  });
});
