// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../src-shared/contract';
import type { Me } from '../../src-shared/contract/auth';
import type { DraftRecord } from '../../src-shared/contract/drafts';
import { setTransport } from '../api/client';
import { resetDrafts, useDraftsStore } from '../stores/drafts-store';
import { useScopeStore } from '../stores/scope-store';
import { useUnsavedStore } from '../stores/unsaved-store';
import { DraftOffers } from './DraftOffers';

const A = { client_id: 'BOOT-LINE-A', client_name: 'Boot Line A' };
const B = { client_id: 'APPAREL-B', client_name: 'Apparel B' };
const ME: Me = {
  userId: 'USR-3',
  username: 'rosa',
  fullName: 'Rosa',
  locale: { language: 'en', regionalFormat: 'en-US' },
  role: 'LEADER',
  clients: [A, B],
};

function draft(key: string, rows: number, screen: string, updatedAt: string): DraftRecord {
  return {
    key,
    clientId: 'APPAREL-B',
    summary: `${screen === 'my-shift' ? 'My shift › Production' : 'Production'} for APPAREL-B, 2026-03-02 1st shift`,
    rowCount: rows,
    updatedAt,
    body: {
      domain: 'production',
      location: {
        screen,
        client: 'APPAREL-B',
        preset: 'custom',
        custom: { from: '2026-03-01', to: '2026-03-02' },
        shift: { date: '2026-03-02', shift: 'SHIFT_1ST' },
      },
      rows: Array.from({ length: rows }, () => ({
        key: null,
        version: null,
        texts: { units_produced: '1' },
      })),
    },
  };
}

beforeEach(() => {
  localStorage.clear();
  resetDrafts();
  useUnsavedStore.setState({ counts: {}, places: {} });
  useScopeStore.getState().reset();
  useScopeStore.getState().adoptUser(ME);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('offering drafts back', () => {
  it('offers the drafts no grid on screen holds, newest first, saying where they would be saved', () => {
    useDraftsStore.setState({
      known: {
        old: draft('old', 1, 'production', '2026-03-02T07:00:00.000Z'),
        shown: draft('shown', 2, 'production', '2026-03-02T09:00:00.000Z'),
        new: draft('new', 3, 'my-shift', '2026-03-02T08:00:00.000Z'),
      },
      owned: { shown: 1 },
    });
    render(<DraftOffers />);
    expect(
      screen.getAllByTestId('draft-offer').map((li) => li.textContent?.replace(/Restore|Discard/g, '')),
    ).toEqual([
      'You have 3 unsaved rows on My shift › Production for APPAREL-B, 2026-03-02 1st shift:',
      'You have 1 unsaved row on Production for APPAREL-B, 2026-03-02 1st shift:',
    ]);
  });

  it('Restore opens where the rows were typed and marks them for their grid', async () => {
    const user = userEvent.setup();
    useDraftsStore.setState({ known: { k: draft('k', 2, 'my-shift', '2026-03-02T08:00:00.000Z') } });
    render(<DraftOffers />);
    await user.click(screen.getByRole('button', { name: 'Restore' }));
    expect(useScopeStore.getState()).toMatchObject({
      screen: 'my-shift',
      client: 'APPAREL-B',
      preset: 'custom',
      shift: { date: '2026-03-02', shift: 'SHIFT_1ST' },
    });
    expect(useDraftsStore.getState().restoring).toEqual({ k: true });
  });

  it('Discard asks, then drops the draft in the core', async () => {
    const user = userEvent.setup();
    const calls: { channel: string; payload: unknown }[] = [];
    setTransport({
      kind: 'http',
      invoke: async (channel, payload): Promise<Result<unknown>> => {
        calls.push({ channel, payload });
        return { ok: true, data: { deleted: true } };
      },
    });
    useDraftsStore.setState({ known: { k: draft('k', 2, 'production', '2026-03-02T08:00:00.000Z') } });
    // happy-dom has no dialogs: the person says no, then yes.
    const confirm = vi.fn().mockReturnValueOnce(false).mockReturnValueOnce(true);
    window.confirm = confirm;
    render(<DraftOffers />);
    await user.click(screen.getByRole('button', { name: 'Discard' }));
    expect(calls).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Discard' }));
    expect(confirm).toHaveBeenLastCalledWith(
      'Discard 2 unsaved rows on Production for APPAREL-B, 2026-03-02 1st shift? They were never saved.',
    );
    expect(calls).toEqual([{ channel: 'drafts.delete', payload: { key: 'k' } }]);
    expect(screen.queryByTestId('draft-offer')).toBeNull();
  });
});
