// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../src-shared/contract';
import type { CsvImportResult, CsvPreview } from '../../../src-shared/contract/csv';
import type { ProgressReport } from '../../../src-shared/contract/progress';
import { TABLE_SPECS } from '../../../src-shared/tables/registry';
import { setTransport } from '../../api/client';
import { ImportDialog } from './ImportDialog';

const CSV = 'work_order_id,client_id,shift_date,units_produced\nWO-1,A,2026-03-02,10\nWO-1,A,2026-02-30,10\n';
const rejected = [{ row: 3, field: 'shift_date', message: 'must be a real date like 2026-03-02' }];
const summary: CsvImportResult = {
  total: 2,
  inserted: 1,
  updated: 0,
  unchanged: 0,
  rejectedCount: 1,
  rejected,
  ignoredColumns: [],
  downgraded: [],
  duplicates: 0,
  duplicateRows: [],
  skipped: 0,
  closedOrderRows: 0,
  offDayShiftRows: 0,
  perClient: [],
};
const preview: CsvPreview = {
  ...summary,
  headers: ['work_order_id', 'client_id', 'shift_date', 'units_produced'],
  rows: [
    ['WO-1', 'A', '2026-03-02', '10'],
    ['WO-1', 'A', '2026-02-30', '10'],
  ],
};

/** A core that answers the CSV channels and records what it was asked. */
function fakeCore(answers: Record<string, Result<unknown>>) {
  const calls: { channel: string; payload: unknown }[] = [];
  setTransport({
    kind: 'http',
    async invoke(channel, payload) {
      calls.push({ channel, payload });
      return answers[channel] ?? { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: channel } };
    },
  });
  return calls;
}

function show() {
  const onImported = vi.fn();
  const onClose = vi.fn();
  render(
    <ImportDialog
      spec={TABLE_SPECS.production_entry}
      plural="production entries"
      onClose={onClose}
      onImported={onImported}
    />,
  );
  return { onImported, onClose };
}

afterEach(cleanup);

describe('ImportDialog', () => {
  it('checks pasted rows, lists the bad ones, and says a refused import wrote nothing', async () => {
    const calls = fakeCore({
      'csv.preview': { ok: true, data: preview },
      'csv.import': { ok: true, data: { ...summary, inserted: 0 } },
    });
    const { onImported } = show();
    const user = userEvent.setup();
    const dialog = screen.getByRole('dialog', { name: 'Import production entries' });
    await user.click(within(dialog).getByLabelText('Rows, with the header row first'));
    await user.paste(CSV);
    await user.click(within(dialog).getByRole('button', { name: 'Check the rows' }));

    expect(await within(dialog).findByText('1 row of 2 has problems (listed below).')).toBeTruthy();
    const rows = within(within(dialog).getByTestId('rejected-rows')).getAllByRole('row').slice(1);
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([['3', 'Shift date (shift_date)', 'must be a real date like 2026-03-02']]);
    expect(calls[0]).toEqual({
      channel: 'csv.preview',
      payload: { table: 'production_entry', text: CSV, format: 'en-US' },
    });

    await user.click(within(dialog).getByRole('button', { name: 'Import 2 rows' }));
    expect(
      await within(dialog).findByText('Nothing was imported. Fix these rows and try again.'),
    ).toBeTruthy();
    expect(calls[1]).toEqual({
      channel: 'csv.import',
      payload: {
        table: 'production_entry',
        text: CSV,
        partial: false,
        duplicates: 'refuse',
        format: 'en-US',
      },
    });
    expect(onImported).not.toHaveBeenCalled();
  });

  it('says how many rows are already in FloorKPI and imports them as chosen: skipped or updated', async () => {
    const repeated: CsvPreview = {
      ...preview,
      inserted: 1,
      rejectedCount: 0,
      rejected: [],
      duplicates: 1,
      skipped: 1,
      duplicateRows: [{ row: 3, existingId: 'PE-1', match: 'id' }],
    };
    const done: CsvImportResult = {
      ...summary,
      inserted: 1,
      updated: 1,
      rejectedCount: 0,
      rejected: [],
      duplicates: 1,
      perClient: [{ client_id: 'A', inserted: 1, updated: 1, unchanged: 0, skipped: 0, rejected: 0 }],
    };
    const calls = fakeCore({
      'csv.preview': { ok: true, data: repeated },
      'csv.import': { ok: true, data: done },
    });
    show();
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('Rows, with the header row first'));
    await user.paste(CSV);
    await user.keyboard('{Control>}{Enter}{/Control}');
    const choice = await screen.findByRole('group', { name: '1 row already in FloorKPI' });
    expect(within(choice).getByRole('radio', { name: /Skip them/ })).toHaveProperty('checked', true);
    expect(screen.getByRole('button', { name: 'Import 1 row' })).toBeTruthy();
    await user.click(within(choice).getByRole('radio', { name: /Update them/ }));
    await user.click(screen.getByRole('button', { name: 'Import 2 rows' }));
    expect(await screen.findByText(/By client: A 1 added, 1 updated\./)).toBeTruthy();
    expect(calls[1]?.payload).toMatchObject({ duplicates: 'update', partial: false });
  });

  it('imports the valid rows only when asked, and tells the screen to reload', async () => {
    const calls = fakeCore({
      'csv.preview': { ok: true, data: preview },
      'csv.import': { ok: true, data: summary },
    });
    const { onImported } = show();
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('Rows, with the header row first'));
    await user.paste(CSV);
    // Ctrl+Enter checks from the text box, without reaching for the mouse.
    await user.keyboard('{Control>}{Enter}{/Control}');
    await user.click(await screen.findByRole('checkbox', { name: /Import the valid rows only/ }));
    await user.click(screen.getByRole('button', { name: 'Import 1 row' }));
    expect(await screen.findByText('Imported 1 row. 1 row was skipped.')).toBeTruthy();
    expect(calls[1]?.payload).toMatchObject({ partial: true });
    expect(onImported).toHaveBeenCalledWith(summary);
  });

  it("offers a leader's override only for rows the core says it may confirm, and sends its code", async () => {
    const held = {
      row: 2,
      field: 'work_order_id',
      message: 'WO-1 is on hold since 2026-03-02: confirm to book production on it',
    };
    // An operator's refusal names no code to confirm, whatever its words: no box for it.
    const refusedOnly = { ...preview, rejected: [{ ...held, row: 3 }] };
    const asked = { ...preview, closedOrderRows: 1, rejected: [{ ...held, confirm: 'closed_order' }] };
    const calls: { channel: string; payload: unknown }[] = [];
    let answer: CsvPreview = refusedOnly;
    setTransport({
      kind: 'http',
      async invoke(channel, payload) {
        calls.push({ channel, payload });
        return { ok: true, data: answer };
      },
    });
    const user = userEvent.setup();
    const check = async () => {
      show();
      await user.click(screen.getByLabelText('Rows, with the header row first'));
      await user.paste(CSV);
      await user.keyboard('{Control>}{Enter}{/Control}');
      expect(await screen.findByText('1 row of 2 has problems (listed below).')).toBeTruthy();
    };
    await check();
    expect(screen.queryByRole('checkbox', { name: /held or closed work orders anyway/ })).toBeNull();

    cleanup();
    answer = asked;
    await check();
    await user.click(screen.getByRole('checkbox', { name: /held or closed work orders anyway/ }));
    expect(calls.map((c) => (c.payload as { confirm?: string[] }).confirm)).toEqual([
      undefined,
      undefined,
      ['closed_order'],
    ]);
  });

  it('offers to import rows refused for their warnings once the person says the figures are checked', async () => {
    const warned = [
      {
        row: 2,
        field: 'units_produced',
        message:
          "9000 units is far above the order's plan: 10 of 1000 planned are still to make (check it; import with warnings accepted if it is right)",
        confirm: 'UNITS_OVER_PLAN',
      },
    ];
    const calls: { channel: string; payload: unknown }[] = [];
    setTransport({
      kind: 'http',
      async invoke(channel, payload) {
        calls.push({ channel, payload });
        const accepting = ((payload as { confirm?: string[] }).confirm ?? []).includes('UNITS_OVER_PLAN');
        const data = accepting
          ? { ...preview, inserted: 2, rejectedCount: 0, rejected: [] }
          : { ...preview, inserted: 1, rejectedCount: 1, rejected: warned };
        return { ok: true, data };
      },
    });
    show();
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('Rows, with the header row first'));
    await user.paste(CSV);
    await user.keyboard('{Control>}{Enter}{/Control}');
    const accept = await screen.findByRole('checkbox', { name: /Import rows with warnings/ });
    await user.click(accept);
    await user.click(await screen.findByRole('button', { name: 'Import 2 rows' }));
    // Accepting the warnings confirms every warning code, for the check and the import alike.
    const warnings = ['PERFORMANCE_OVER_150', 'UNITS_OVER_PLAN', 'DEFECT_LINES_OVER_TOTAL'];
    expect(calls.map((c) => [c.channel, (c.payload as { confirm?: string[] }).confirm])).toEqual([
      ['csv.preview', undefined],
      ['csv.preview', warnings],
      ['csv.import', warnings],
    ]);
  });

  it("shows the core's progress as a filling bar while it checks, then drops the bar", async () => {
    let listener: ((report: ProgressReport) => void) | undefined;
    let answer: ((result: Result<unknown>) => void) | undefined;
    setTransport({
      kind: 'http',
      invoke: () =>
        new Promise((resolve) => {
          answer = resolve;
        }),
      onProgress(next) {
        listener = next;
        return () => {
          listener = undefined;
        };
      },
    });
    show();
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('Rows, with the header row first'));
    await user.paste(CSV);
    await user.click(screen.getByRole('button', { name: 'Check the rows' }));
    const bar = screen.getByRole('progressbar', { name: 'Checking the rows' });
    // Before the first report: an activity bar, no percentage.
    expect(bar.getAttribute('value')).toBeNull();
    // A report for another call (an import still finishing elsewhere) is not this check's.
    listener?.({ channel: 'csv.import', done: 9, total: 10 });
    listener?.({ channel: 'csv.preview', done: 2_000, total: 8_000 });
    expect(await screen.findByText('Checking 2,000 of 8,000 rows…')).toBeTruthy();
    const filled = screen.getByRole('progressbar', { name: 'Checking the rows' });
    expect([filled.getAttribute('value'), filled.getAttribute('max')]).toEqual(['2000', '8000']);
    answer?.({ ok: true, data: preview });
    expect(await screen.findByText('1 row of 2 has problems (listed below).')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(listener).toBeUndefined();
  });

  it('tells an operator, before and after, that their holds arrive as requests', async () => {
    const downgraded = [{ kind: 'holds_requested' as const, rows: 2, columns: ['hold_status'] }];
    const words =
      "2 holds arrive as requests waiting for a leader's approval: your role cannot approve holds, so hold_status was not imported.";
    const clean = { ...summary, inserted: 2, rejectedCount: 0, rejected: [], downgraded };
    fakeCore({
      'csv.preview': { ok: true, data: { ...preview, ...clean } },
      'csv.import': { ok: true, data: clean },
    });
    render(
      <ImportDialog spec={TABLE_SPECS.hold_entry} plural="holds" onClose={vi.fn()} onImported={vi.fn()} />,
    );
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('Rows, with the header row first'));
    await user.paste('work_order_id,client_id,hold_date,hold_status\nWO-1,A,2026-03-02,ON_HOLD\n');
    await user.click(screen.getByRole('button', { name: 'Check the rows' }));
    expect(await screen.findByText(words)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Import 2 rows' }));
    expect(await screen.findByText('Imported 2 rows.')).toBeTruthy();
    expect(screen.getByText(words)).toBeTruthy();
  });

  it('asks for rows before checking, and shows a failed check in plain words', async () => {
    fakeCore({
      'csv.preview': { ok: false, error: { code: 'FORBIDDEN', message: 'Your role may not add rows.' } },
    });
    show();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Check the rows' }));
    expect(screen.getByRole('alert').textContent).toBe('Paste the rows first, with the header row.');
    await user.click(screen.getByLabelText('Rows, with the header row first'));
    await user.paste(CSV);
    await user.click(screen.getByRole('button', { name: 'Check the rows' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Your role may not add rows.');
  });
});
