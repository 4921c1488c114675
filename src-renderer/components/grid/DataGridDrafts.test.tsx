// @vitest-environment happy-dom
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../src-shared/contract';
import type { DraftRecord } from '../../../src-shared/contract/drafts';
import { setTransport } from '../../api/client';
import { markRestoring, resetDrafts, useDraftsStore } from '../../stores/drafts-store';
import { ScreenContext } from '../screen-context';
import { DataGrid } from './DataGrid';
import { cell, resetBetweenGridTests, states } from './grid.test-support';

const FIXED = { client_id: 'BOOT-LINE-A', shift_date: '2026-03-02', shift_type: 'SHIFT_1ST' };
const KEY = `my-shift|production|${JSON.stringify(Object.entries(FIXED).sort())}`;
const SAVED = {
  production_entry_id: 'P-1',
  client_id: 'BOOT-LINE-A',
  work_order_id: 'WO-100',
  shift_date: '2026-03-02',
  shift_type: 'SHIFT_1ST',
  units_produced: 10,
  version: 2,
};

interface Call {
  channel: string;
  payload: Record<string, unknown>;
}

function fakeCore() {
  const calls: Call[] = [];
  setTransport({
    kind: 'http',
    async invoke(channel, payload): Promise<Result<unknown>> {
      const body = payload as Record<string, unknown>;
      calls.push({ channel, payload: body });
      if (channel === 'production.list') return { ok: true, data: { rows: [SAVED], total: 1 } };
      if (channel === 'production.create')
        return { ok: true, data: { ...body, production_entry_id: 'P-9', version: 1 } };
      if (channel === 'drafts.put')
        return { ok: true, data: { kept: true, updatedAt: '2026-03-02T08:00:00.000Z' } };
      if (channel === 'drafts.delete') return { ok: true, data: { deleted: true } };
      if (channel.endsWith('.list')) return { ok: true, data: { rows: [], total: 0 } };
      return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: channel } };
    },
  });
  return {
    calls,
    puts: () => calls.filter((c) => c.channel === 'drafts.put').map((c) => c.payload),
  };
}

function kept(rows: DraftRecord['body']['rows']): DraftRecord {
  return {
    key: KEY,
    clientId: 'BOOT-LINE-A',
    summary: 'My shift › Production for BOOT-LINE-A, 2026-03-02 1st shift',
    rowCount: rows.length,
    updatedAt: '2026-03-02T07:00:00.000Z',
    body: {
      domain: 'production',
      location: {
        screen: 'my-shift',
        client: 'BOOT-LINE-A',
        preset: 'today',
        custom: { from: '2026-03-02', to: '2026-03-02' },
        shift: { date: '2026-03-02', shift: 'SHIFT_1ST' },
      },
      rows,
    },
  };
}

function renderGrid() {
  return render(
    <ScreenContext.Provider value="my-shift">
      <DataGrid
        domain="production"
        clientId="BOOT-LINE-A"
        filter={{ from: '2026-03-02', to: '2026-03-02' }}
        columns={['work_order_id', 'units_produced', 'notes']}
        fixed={FIXED}
        title="Production"
        empty="No production entries yet."
      />
    </ScreenContext.Provider>,
  );
}

resetBetweenGridTests();
beforeEach(() => {
  resetDrafts();
  useDraftsStore.setState({ userId: 'USR-3', loaded: true });
});

describe('DataGrid drafts', () => {
  it('keeps the text still in a cell editor as a draft, and drops the draft once the rows are saved', async () => {
    const core = fakeCore();
    const user = userEvent.setup();
    renderGrid();
    await waitFor(() => expect(states()).toEqual(['✓ Saved']));
    await user.click(cell(1, 'work_order_id'));
    // Typed, not committed: the editor is still open.
    await user.keyboard('WO-777');
    await waitFor(() => expect(core.puts()).toHaveLength(1));
    expect(core.puts()[0]).toMatchObject({
      key: KEY,
      clientId: 'BOOT-LINE-A',
      summary: 'My shift › Production for BOOT-LINE-A, 2026-03-02 1st shift',
      body: {
        domain: 'production',
        location: {
          screen: 'my-shift',
          client: 'BOOT-LINE-A',
          shift: { date: '2026-03-02', shift: 'SHIFT_1ST' },
        },
        rows: [{ key: null, version: null, texts: { work_order_id: 'WO-777' } }],
      },
    });
    expect(await screen.findByTestId('grid-draft')).toHaveProperty(
      'textContent',
      ' (kept as a draft on this PC)',
    );
    await user.keyboard('{Tab}5{Control>}{Enter}{/Control}');
    await screen.findByText('Saved 1 row.');
    await waitFor(() => expect(core.calls.some((c) => c.channel === 'drafts.delete')).toBe(true));
    expect(core.calls.filter((c) => c.channel === 'drafts.delete')[0]?.payload).toEqual({ key: KEY });
  });

  it('writes nothing before the user’s drafts are read, so a kept draft is never overwritten unseen', async () => {
    const core = fakeCore();
    useDraftsStore.setState({ loaded: false });
    const user = userEvent.setup();
    renderGrid();
    await waitFor(() => expect(states()).toEqual(['✓ Saved']));
    await user.click(cell(1, 'work_order_id'));
    await user.keyboard('WO-1{Enter}');
    await new Promise((done) => setTimeout(done, 600));
    expect(core.puts()).toEqual([]);
  });

  it('restores a kept draft when asked: the edit on its row and the typed new row come back', async () => {
    fakeCore();
    useDraftsStore.setState({
      known: {
        [KEY]: kept([
          { key: { production_entry_id: 'P-1' }, version: 2, texts: { units_produced: '12' } },
          {
            key: null,
            version: null,
            texts: { work_order_id: 'WO-200', units_produced: '7', notes: 'half typed' },
          },
        ]),
      },
    });
    markRestoring(KEY);
    renderGrid();
    await screen.findByText('Restored 2 unsaved rows from your draft.');
    expect(states()).toEqual(['● Unsaved', '● Unsaved']);
    expect(cell(0, 'units_produced').textContent).toBe('12');
    expect(cell(1, 'notes').textContent).toBe('half typed');
    // The grid holds it now: it is no longer offered, and not restored twice.
    expect(useDraftsStore.getState()).toMatchObject({ owned: { [KEY]: 1 }, restoring: {} });
  });

  it('does not lay a kept draft over the grid unasked, but does as soon as the person types there', async () => {
    const core = fakeCore();
    useDraftsStore.setState({
      known: {
        [KEY]: kept([{ key: null, version: null, texts: { work_order_id: 'WO-200', units_produced: '7' } }]),
      },
    });
    const user = userEvent.setup();
    renderGrid();
    await waitFor(() => expect(states()).toEqual(['✓ Saved']));
    await new Promise((done) => setTimeout(done, 600));
    expect(states()).toEqual(['✓ Saved']);
    expect(core.puts()).toEqual([]);
    // Typing on the new-row line: the kept row comes back above it, and the typing stays on the new-row line.
    await user.click(cell(1, 'notes'));
    await user.keyboard('more');
    await screen.findByText('Restored 1 unsaved row from your draft.');
    await waitFor(() => expect(core.puts().length).toBeGreaterThan(0));
    const last = core.puts().at(-1) as { body: { rows: { texts: Record<string, string> }[] } };
    expect(last.body.rows.map((r) => r.texts)).toEqual([
      { work_order_id: 'WO-200', units_produced: '7', notes: '' },
      { work_order_id: '', units_produced: '', notes: 'more' },
    ]);
    expect(cell(2, 'notes').querySelector('input')?.value).toBe('more');
  });
});
