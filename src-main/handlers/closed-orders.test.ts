import { describe, expect, it } from 'vitest';
import type { RequestOf } from '../../src-shared/contract';
import { CLIENT_A, insertRow, syncValues } from '../db/db.test-support';
import { cliPlantEachTest, leaderAndOperatorEachTest } from './override-rules.test-support';

// Issue 9, rule 1, through the channels the grid and the import dialog use.
const { call, sqlite } = leaderAndOperatorEachTest('held-order-1');
const productionCount = () =>
  (sqlite().prepare('SELECT count(*) AS n FROM production_entry').get() as { n: number }).n;

/** An approved hold on WO-A since 2026-03-02, still open. */
function holdWoA(status = 'ON_HOLD', db = sqlite()): void {
  insertRow(db, 'hold_entry', {
    hold_entry_id: 'H-OPEN',
    work_order_id: 'WO-A',
    client_id: CLIENT_A,
    hold_status: status,
    hold_date: '2026-03-02',
    hold_approved_by_user_id: 'U-ADMIN',
    ...(status === 'RESUMED' ? { resume_date: '2026-03-03', resume_approved_by_user_id: 'U-ADMIN' } : {}),
    ...syncValues(),
  });
}

const booking = (day = '2026-03-04') => ({
  client_id: CLIENT_A,
  work_order_id: 'WO-A',
  shift_date: day,
  shift_type: 'SHIFT_1ST',
  units_produced: 50,
});

describe('production on a held or closed work order (grid and API)', () => {
  it('refuses an operator, naming the order and the hold date, and writes nothing', async () => {
    holdWoA();
    const result = await call('operator', 'production.create', booking());
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'FORBIDDEN',
        message: 'WO-A is on hold since 2026-03-02: an operator cannot book production on it. Ask a leader.',
      },
    });
    // Confirming does not help an operator: the decision is a leader's.
    const confirmed = await call('operator', 'production.create', {
      ...booking(),
      confirm: ['closed_order'],
    });
    expect(confirmed).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(productionCount()).toBe(0);
  });

  it('asks a leader to confirm, then saves and records who confirmed what in the audit entry', async () => {
    holdWoA('PENDING_RESUME_APPROVAL');
    const asked = await call('leader', 'production.create', booking());
    expect(asked).toMatchObject({
      ok: false,
      error: {
        code: 'NEEDS_CONFIRMATION',
        message: 'WO-A is on hold since 2026-03-02. Save anyway?',
        issues: [{ path: 'work_order_id' }],
      },
    });
    expect(productionCount()).toBe(0);
    const saved = await call('leader', 'production.create', { ...booking(), confirm: ['closed_order'] });
    if (!saved.ok) throw new Error(saved.error.message);
    expect(saved.data).not.toHaveProperty('confirm');
    const audit = sqlite()
      .prepare(
        "SELECT user_id, after_json FROM audit_log WHERE table_name = 'production_entry' AND row_id = ?",
      )
      .get(saved.data.production_entry_id) as { user_id: string; after_json: string };
    expect(JSON.parse(audit.after_json).confirmed_overrides).toEqual([
      {
        rule: 'closed_order',
        work_order_id: 'WO-A',
        reason: 'WO-A is on hold since 2026-03-02',
        role: 'LEADER',
      },
    ]);
  });

  it('needs the confirmation again when an edit moves a row onto the held order, not for a note', async () => {
    const saved = await call('leader', 'production.create', booking('2026-03-01'));
    if (!saved.ok) throw new Error(saved.error.message);
    holdWoA();
    const key = { production_entry_id: String(saved.data.production_entry_id) };
    const note = await call('leader', 'production.update', {
      key,
      version: 1,
      changes: { notes: 'recount' },
    });
    expect(note.ok).toBe(true);
    const moved = await call('leader', 'production.update', {
      key,
      version: 2,
      changes: { shift_date: '2026-03-05' },
    });
    expect(moved).toMatchObject({ ok: false, error: { code: 'NEEDS_CONFIRMATION' } });
    const confirmed = await call('leader', 'production.update', {
      key,
      version: 2,
      changes: { shift_date: '2026-03-05' },
      confirm: ['closed_order'],
    });
    expect(confirmed).toMatchObject({ ok: true, data: { shift_date: '2026-03-05', version: 3 } });
  });

  it('lets through shifts before the hold, a resumed hold, and a pending request', async () => {
    holdWoA();
    expect((await call('operator', 'production.create', booking('2026-03-01'))).ok).toBe(true);
    sqlite()
      .prepare(
        "UPDATE hold_entry SET hold_status = 'RESUMED', resume_date = '2026-03-03', resume_approved_by_user_id = 'U-ADMIN'",
      )
      .run();
    expect((await call('operator', 'production.create', booking())).ok).toBe(true);
    sqlite().prepare("UPDATE hold_entry SET hold_status = 'PENDING_HOLD_APPROVAL', resume_date = NULL").run();
    expect((await call('operator', 'production.create', booking('2026-03-05'))).ok).toBe(true);
    expect(productionCount()).toBe(3);
  });

  it('treats COMPLETED, CANCELLED and REJECTED orders alike, after their completion date', async () => {
    for (const status of ['COMPLETED', 'CANCELLED', 'REJECTED']) {
      sqlite()
        .prepare(
          "UPDATE work_order SET status = ?, actual_completion_date = '2026-03-03' WHERE work_order_id = 'WO-A'",
        )
        .run(status);
      expect(await call('operator', 'production.create', booking('2026-03-04'))).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN', message: expect.stringContaining(`WO-A is ${status} since 2026-03-03`) },
      });
      expect(await call('leader', 'production.create', booking('2026-03-04'))).toMatchObject({
        ok: false,
        error: { code: 'NEEDS_CONFIRMATION' },
      });
    }
    // Last week's sheets of an order completed since are fine.
    expect((await call('operator', 'production.create', booking('2026-03-03'))).ok).toBe(true);
  });

  it('refuses a confirmation it does not know, as any unknown field', async () => {
    const result = await call('leader', 'production.create', {
      ...booking(),
      confirm: ['everything'],
    } as unknown as RequestOf<'production.create'>);
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});

describe('importing production on a held order', () => {
  const header = 'client_id,work_order_id,shift_date,shift_type,units_produced';
  const text = `${header}\n${CLIENT_A},WO-A,2026-03-01,SHIFT_1ST,10\n${CLIENT_A},WO-A,2026-03-04,SHIFT_1ST,20\n`;

  it('names the refused rows; a leader books them only by confirming', async () => {
    holdWoA();
    for (const who of ['operator', 'leader'] as const) {
      const refused = await call(who, 'csv.import', { table: 'production_entry', text });
      if (!refused.ok) throw new Error(refused.error.message);
      expect(refused.data).toMatchObject({ inserted: 0, rejectedCount: 1, closedOrderRows: 1 });
      expect(refused.data.rejected).toEqual([
        {
          row: 3,
          field: 'work_order_id',
          message:
            who === 'operator'
              ? 'WO-A is on hold since 2026-03-02: an operator cannot book production on it (ask a leader)'
              : 'WO-A is on hold since 2026-03-02: confirm to book production on it',
          // The rule and its values, for the importer's language.
          code: who === 'operator' ? 'booking.operatorRefused' : 'booking.confirm',
          params: { reason: 'order.heldSince', order: 'WO-A', since: '2026-03-02' },
          // Only a leader may confirm it: the row names the code to send back.
          ...(who === 'leader' ? { confirm: 'closed_order' } : {}),
        },
      ]);
    }
    const preview = await call('leader', 'csv.preview', { table: 'production_entry', text });
    expect(preview).toMatchObject({ ok: true, data: { inserted: 1, closedOrderRows: 1 } });
    const booked = await call('leader', 'csv.import', {
      table: 'production_entry',
      text,
      confirm: ['closed_order'],
    });
    expect(booked).toMatchObject({ ok: true, data: { inserted: 2, rejectedCount: 0 } });
    const operatorConfirming = await call('operator', 'csv.import', {
      table: 'production_entry',
      text: text.replace(/2026-03-0(\d)/g, '2026-03-1$1'),
      confirm: ['closed_order'],
    });
    expect(operatorConfirming).toMatchObject({ ok: true, data: { inserted: 0, closedOrderRows: 2 } });
    const overrides = sqlite()
      .prepare(
        "SELECT count(*) AS n FROM audit_log WHERE table_name = 'production_entry' AND after_json LIKE '%confirmed_overrides%'",
      )
      .get() as { n: number };
    expect(overrides.n).toBe(1);
  });
});

describe('the CLI import of production on a held order', () => {
  const plant = cliPlantEachTest('fk-held-cli-', (file) => holdWoA('ON_HOLD', file));
  const { cli } = plant;

  it('refuses the file (exit 1, the row named) unless --confirm-closed-orders, which the audit log records', async () => {
    const args = plant.productionImport(
      'held.csv',
      `client_id,work_order_id,shift_date,shift_type,units_produced\n${CLIENT_A},WO-A,2026-03-04,SHIFT_1ST,12\n`,
    );
    const refused = await cli(...args);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain(
      'row 2, work_order_id: WO-A is on hold since 2026-03-02: confirm to book production on it',
    );
    expect(refused.out).toContain('a leader may book them with --confirm-closed-orders');
    const imported = await cli(...args, '--confirm-closed-orders');
    expect(imported).toMatchObject({
      code: 0,
      out: expect.stringContaining('Imported 1 row into production_entry.'),
    });
    expect(plant.auditedRules()).toEqual([{ rule: 'closed_order' }]);
  });
});
