import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TABLE_SPECS } from '../../src-shared/tables/registry';
import { APP_ONLY_COLUMNS, WORKFLOW_COLUMNS } from '../../src-shared/tables/workflow-columns';
import { ADMIN, CLIENT_A, CLIENT_B, insertRow, syncValues } from '../db/db.test-support';
import { csv, LEADER_A, openImportDb, rowsOf } from './csv.test-support';
import { importRows } from './import-table';

const OPERATOR_A = 'U-OP';
const LEADER_B = 'U-LEAD-B';

let db: ReturnType<typeof openImportDb>;
beforeEach(() => {
  db = openImportDb();
  insertRow(db.sqlite, 'app_user', {
    user_id: OPERATOR_A,
    username: 'otto',
    role: 'OPERATOR',
    ...syncValues(),
  });
  insertRow(db.sqlite, 'user_client_access', { user_id: OPERATOR_A, client_id: CLIENT_A, ...syncValues() });
  insertRow(db.sqlite, 'app_user', { user_id: LEADER_B, username: 'bea', role: 'LEADER', ...syncValues() });
  insertRow(db.sqlite, 'user_client_access', { user_id: LEADER_B, client_id: CLIENT_B, ...syncValues() });
});
afterEach(async () => {
  await db.database.close();
});

const HOLD_HEADER = [
  'hold_entry_id',
  'work_order_id',
  'client_id',
  'hold_status',
  'hold_date',
  'hold_time',
  'hold_reason',
  'hold_approved_by_user_id',
  'hold_approved_at',
  'resume_date',
  'resume_time',
  'resume_approved_by_user_id',
  'resume_approved_at',
  'total_hold_duration_hours',
];
type HoldCells = Partial<Record<(typeof HOLD_HEADER)[number], string>>;

/** A resumed hold of client A as an export writes it, with the given cells changed. */
function hold(changes: HoldCells = {}): string[] {
  const base: HoldCells = {
    hold_entry_id: 'H-1',
    work_order_id: 'WO-A',
    client_id: CLIENT_A,
    hold_status: 'RESUMED',
    hold_date: '2026-02-10',
    hold_time: '14:30',
    hold_reason: 'QUALITY_ISSUE',
    hold_approved_by_user_id: 'lena',
    hold_approved_at: '2026-02-10T15:00:00Z',
    resume_date: '2026-02-12',
    resume_time: '08:00',
    resume_approved_by_user_id: ADMIN,
    resume_approved_at: '2026-02-12T08:10:00Z',
    total_hold_duration_hours: '999',
  };
  return HOLD_HEADER.map((name) => changes[name] ?? base[name] ?? '');
}

const holds = () => rowsOf(db.sqlite, 'hold_entry', 'hold_entry_id');

describe('importing holds with their workflow state', () => {
  it("keeps a leader's file's status and approvals, naming approvers by username or id", () => {
    const text = csv(
      HOLD_HEADER,
      hold(),
      hold({
        hold_entry_id: 'H-2',
        hold_status: 'ON_HOLD',
        resume_date: '',
        resume_time: '',
        resume_approved_by_user_id: '',
        resume_approved_at: '',
        total_hold_duration_hours: '',
      }),
    );
    const result = importRows(db.store(LEADER_A), TABLE_SPECS.hold_entry, text);
    expect(result).toMatchObject({ inserted: 2, rejected: [], downgraded: [], ignoredColumns: [] });
    expect(holds()).toMatchObject([
      {
        hold_entry_id: 'H-1',
        hold_status: 'RESUMED',
        hold_approved_by_user_id: LEADER_A,
        hold_approved_at: '2026-02-10T15:00:00Z',
        resume_approved_by_user_id: ADMIN,
        resume_approved_at: '2026-02-12T08:10:00Z',
        // Recomputed as the workflow does on resume (41.5 h), not the file's 999.
        total_hold_duration_hours: 41.5,
      },
      {
        hold_entry_id: 'H-2',
        hold_status: 'ON_HOLD',
        hold_approved_by_user_id: LEADER_A,
        resume_approved_by_user_id: null,
        total_hold_duration_hours: null,
      },
    ]);
  });

  it('takes a blank approver of an approved hold to be the importing user, and a blank status as a request', () => {
    const text = csv(
      HOLD_HEADER,
      hold({ hold_approved_by_user_id: '', resume_approved_by_user_id: '', resume_approved_at: '' }),
      hold({
        hold_entry_id: 'H-2',
        hold_status: '',
        hold_approved_by_user_id: '',
        hold_approved_at: '',
        resume_date: '',
        resume_approved_by_user_id: '',
        resume_approved_at: '',
      }),
    );
    expect(importRows(db.store(LEADER_A), TABLE_SPECS.hold_entry, text).rejected).toEqual([]);
    expect(holds()).toMatchObject([
      {
        hold_status: 'RESUMED',
        hold_approved_by_user_id: LEADER_A,
        resume_approved_by_user_id: LEADER_A,
        resume_approved_at: null,
      },
      {
        hold_status: 'PENDING_HOLD_APPROVAL',
        hold_approved_by_user_id: null,
        total_hold_duration_hours: null,
      },
    ]);
  });

  it('refuses, row by row and field by field, a status or an approval that cannot be', () => {
    const rows: [HoldCells, string, string][] = [
      [{ hold_status: 'PAUSED' }, 'hold_status', 'must be one of'],
      [
        { hold_approved_by_user_id: 'nobody' },
        'hold_approved_by_user_id',
        'nobody is not a known user id or username',
      ],
      [
        { hold_approved_by_user_id: 'otto' },
        'hold_approved_by_user_id',
        'otto may not approve holds of client CLIENT-A (only its leaders and the administrators may)',
      ],
      [
        { resume_approved_by_user_id: 'bea' },
        'resume_approved_by_user_id',
        'bea may not approve resumes of client CLIENT-A (only its leaders and the administrators may)',
      ],
      [
        { hold_status: 'PENDING_HOLD_APPROVAL', resume_approved_by_user_id: '', resume_approved_at: '' },
        'hold_approved_by_user_id',
        'must be blank while the hold waits for approval (hold_status PENDING_HOLD_APPROVAL)',
      ],
      [
        { hold_status: 'ON_HOLD' },
        'resume_approved_by_user_id',
        'must be blank unless the hold is RESUMED (it is ON_HOLD)',
      ],
      [{ resume_date: '', resume_time: '' }, 'resume_date', 'is required when the hold is RESUMED'],
      [
        { hold_approved_at: '2026-02-08T12:00:00Z' },
        'hold_approved_at',
        'must not be before the hold date 2026-02-10',
      ],
      [
        { hold_approved_at: '2026-02-12T09:00:00Z' },
        'resume_approved_at',
        'must not be before the hold was approved (2026-02-12T09:00:00Z)',
      ],
      [{ resume_approved_at: '2026-03-05T08:00:00Z' }, 'resume_approved_at', 'must not be in the future'],
      [
        { hold_approved_at: 'yesterday' },
        'hold_approved_at',
        'must be a timestamp like 2026-03-02T17:30:00Z',
      ],
    ];
    const text = csv(HOLD_HEADER, ...rows.map(([cells], i) => hold({ hold_entry_id: `H-${i}`, ...cells })));
    const result = importRows(db.store(LEADER_A), TABLE_SPECS.hold_entry, text, { partial: true });
    expect(result.inserted).toBe(0);
    expect(result.rejectedCount).toBe(rows.length);
    rows.forEach(([, field, message], i) => {
      const problem = result.rejected.find((r) => r.row === i + 2);
      expect({ row: i + 2, field: problem?.field }).toEqual({ row: i + 2, field });
      expect(problem?.message).toContain(message);
    });
    expect(holds()).toEqual([]);
  });

  it("makes an operator's holds requests, says so in the summary, and keeps nothing of the approvals", () => {
    const text = csv(
      HOLD_HEADER,
      hold(),
      hold({
        hold_entry_id: 'H-2',
        hold_status: 'PENDING_HOLD_APPROVAL',
        hold_approved_by_user_id: '',
        hold_approved_at: '',
        resume_approved_by_user_id: '',
        resume_approved_at: '',
        total_hold_duration_hours: '',
      }),
    );
    const result = importRows(db.store(OPERATOR_A), TABLE_SPECS.hold_entry, text);
    expect(result).toMatchObject({ inserted: 2, rejected: [] });
    expect(result.downgraded).toEqual([
      {
        kind: 'holds_requested',
        rows: 1,
        columns: [
          'hold_status',
          'hold_approved_by_user_id',
          'hold_approved_at',
          'resume_approved_by_user_id',
          'resume_approved_at',
          'total_hold_duration_hours',
        ],
      },
    ]);
    for (const row of holds())
      expect(row).toMatchObject({
        hold_status: 'PENDING_HOLD_APPROVAL',
        hold_approved_by_user_id: null,
        hold_approved_at: null,
        resume_approved_by_user_id: null,
        total_hold_duration_hours: null,
      });
  });
});

const PRODUCTION_HEADER = [
  'work_order_id',
  'client_id',
  'shift_date',
  'units_produced',
  'verified_by',
  'verified_at',
];

describe('importing verification and confirmations', () => {
  it("keeps a leader's verification, with the verifier's rights and the shift date checked", () => {
    const text = csv(
      PRODUCTION_HEADER,
      ['WO-A', CLIENT_A, '2026-02-10', '100', 'lena', '2026-02-11T09:00:00Z'],
      ['WO-A', CLIENT_A, '2026-02-10', '100', '', '2026-02-11T09:00:00Z'],
      ['WO-A', CLIENT_A, '2026-02-10', '100', '', ''],
      ['WO-A', CLIENT_A, '2026-02-10', '100', 'otto', '2026-02-11T09:00:00Z'],
      ['WO-A', CLIENT_A, '2026-02-10', '100', 'lena', '2026-02-09T09:00:00Z'],
    );
    const refused = importRows(db.store(LEADER_A), TABLE_SPECS.production_entry, text);
    expect(refused.rejected).toEqual([
      {
        row: 5,
        field: 'verified_by',
        message:
          'otto may not verify entries of client CLIENT-A (only its leaders and the administrators may)',
      },
      { row: 6, field: 'verified_at', message: 'must not be before the shift date 2026-02-10' },
    ]);
    const lines = text.trimEnd().split('\r\n');
    const good = importRows(
      db.store(LEADER_A),
      TABLE_SPECS.production_entry,
      `${lines.slice(0, 4).join('\r\n')}\r\n`,
    );
    expect(good).toMatchObject({ inserted: 3, rejected: [] });
    const verified = rowsOf(db.sqlite, 'production_entry', 'verified_by IS NULL, production_entry_id').map(
      (r) => [r.verified_by, r.verified_at],
    );
    expect(verified).toEqual([
      [LEADER_A, '2026-02-11T09:00:00Z'],
      // A verification time without a name: the importing leader vouches for it.
      [LEADER_A, '2026-02-11T09:00:00Z'],
      [null, null],
    ]);
  });

  it("leaves an operator's verification and confirmations out, and says so", () => {
    const production = csv(PRODUCTION_HEADER, [
      'WO-A',
      CLIENT_A,
      '2026-02-10',
      '100',
      'lena',
      '2026-02-11T09:00:00Z',
    ]);
    const result = importRows(db.store(OPERATOR_A), TABLE_SPECS.production_entry, production);
    expect(result).toMatchObject({
      inserted: 1,
      downgraded: [{ kind: 'not_verified', rows: 1, columns: ['verified_by', 'verified_at'] }],
    });
    expect(rowsOf(db.sqlite, 'production_entry', 'production_entry_id')[0]).toMatchObject({
      verified_by: null,
      verified_at: null,
    });
    const attendance = csv(
      ['employee_id', 'client_id', 'shift_date', 'is_absent', 'coverage_confirmed'],
      ['E-A', CLIENT_A, '2026-02-10', '1', '1'],
      ['E-A', CLIENT_A, '2026-02-11', '0', '0'],
    );
    const marked = importRows(db.store(OPERATOR_A), TABLE_SPECS.attendance_entry, attendance);
    expect(marked).toMatchObject({
      inserted: 2,
      downgraded: [{ kind: 'not_verified', rows: 1, columns: ['coverage_confirmed'] }],
    });
    expect(rowsOf(db.sqlite, 'attendance_entry', 'shift_date').map((r) => r.coverage_confirmed)).toEqual([
      0, 0,
    ]);
  });

  it("keeps a leader's coverage verification and attendance confirmation", () => {
    const coverage = csv(
      ['absent_employee_id', 'floating_employee_id', 'client_id', 'shift_date', 'shift_type', 'verified'],
      ['E-A', 'F-1', CLIENT_A, '2026-02-10', 'SHIFT_1ST', '1'],
    );
    expect(importRows(db.store(LEADER_A), TABLE_SPECS.coverage_entry, coverage).rejected).toEqual([]);
    expect(rowsOf(db.sqlite, 'coverage_entry', 'shift_date')[0]).toMatchObject({ verified: 1 });
    const attendance = csv(
      ['employee_id', 'client_id', 'shift_date', 'is_absent', 'coverage_confirmed'],
      ['E-A', CLIENT_A, '2026-02-10', '1', '1'],
    );
    expect(importRows(db.store(LEADER_A), TABLE_SPECS.attendance_entry, attendance).rejected).toEqual([]);
    expect(rowsOf(db.sqlite, 'attendance_entry', 'shift_date')[0]).toMatchObject({ coverage_confirmed: 1 });
  });

  it('reports nothing as downgraded when an all-or-nothing import wrote nothing', () => {
    const text = csv(
      PRODUCTION_HEADER,
      ['WO-A', CLIENT_A, '2026-02-10', '100', 'lena', '2026-02-11T09:00:00Z'],
      ['WO-A', CLIENT_A, '2026-02-10', '-1', '', ''],
    );
    expect(importRows(db.store(OPERATOR_A), TABLE_SPECS.production_entry, text)).toMatchObject({
      inserted: 0,
      downgraded: [],
    });
  });
});

describe('the read-only columns of every table', () => {
  it('are each either carried over by import as workflow state or named as set by the app only', () => {
    for (const [table, spec] of Object.entries(TABLE_SPECS)) {
      const readOnly = spec.columns.filter((c) => c.readOnly && !c.hidden).map((c) => c.name);
      const decided = [...(WORKFLOW_COLUMNS[table] ?? []), ...(APP_ONLY_COLUMNS[table] ?? [])];
      expect({ table, columns: [...readOnly].sort() }).toEqual({ table, columns: [...decided].sort() });
    }
  });
});
