import { afterEach, beforeEach, expect, it } from 'vitest';
import { CLIENT_A, CLIENT_B } from '../../db/db.test-support';
import type { OpenDatabase } from '../../db/open';
import { freshDb, runFamily, softDelete } from '../quality/quality.test-support';
import { addAttendance, addEmployee, datesBetween } from './attendance.test-support';
import { attendanceFamily } from './attendance-family';

let database: OpenDatabase;
beforeEach(() => {
  database = freshDb();
});
afterEach(async () => {
  await database.close();
});

interface Rec {
  client_id: string;
  employee_id: string;
  shift_date: string;
  shift_type: string | null;
  is_absent: number | null;
}

/** KPIS.md read literally: sort each employee's records of a client, count absent runs. */
function reference(records: readonly Rec[]): Map<string, { spells: number; days: number }> {
  const byPerson = new Map<string, Rec[]>();
  for (const r of records) {
    const id = `${r.client_id}/${r.employee_id}`;
    byPerson.set(id, [...(byPerson.get(id) ?? []), r]);
  }
  const out = new Map<string, { spells: number; days: number }>();
  for (const [id, list] of byPerson) {
    // Field by field in code-point order (SQLite's BINARY collation); blank shift first, present before absent.
    const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
    const sorted = [...list].sort(
      (x, y) =>
        cmp(x.shift_date, y.shift_date) ||
        cmp(x.shift_type ?? '', y.shift_type ?? '') ||
        Number(x.is_absent === 1) - Number(y.is_absent === 1),
    );
    let spells = 0;
    let days = 0;
    let previous = false;
    for (const r of sorted) {
      const absent = r.is_absent === 1;
      if (absent) days++;
      if (absent && !previous) spells++;
      previous = absent;
    }
    out.set(id, { spells, days });
  }
  return out;
}

it('agrees with a literal reading of the definition on random records (ties, blank shifts and flags, deletions)', () => {
  let seed = 42;
  const rnd = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  addEmployee(database.sqlite, 'E-AB', 'Both', [CLIENT_A, CLIENT_B]);
  addEmployee(database.sqlite, 'E-A2', 'A2', [CLIENT_A]);
  const people = [
    [CLIENT_A, 'E-A'],
    [CLIENT_A, 'E-A2'],
    [CLIENT_A, 'E-AB'],
    [CLIENT_B, 'E-AB'],
    [CLIENT_B, 'E-B'],
  ] as const;
  for (const day of datesBetween('2026-01-01', '2026-02-28')) {
    for (const [client, employee] of people) {
      const records = rnd() < 0.2 ? 0 : rnd() < 0.8 ? 1 : 2;
      for (let i = 0; i < records; i++) {
        const absent = rnd() < 0.35 ? 1 : rnd() < 0.1 ? null : 0;
        const row = addAttendance(database.sqlite, {
          employee_id: employee,
          client_id: client,
          shift_date: day,
          shift_type: rnd() < 0.15 ? null : rnd() < 0.7 ? 'SHIFT_1ST' : 'SHIFT_2ND',
          is_absent: absent,
          actual_hours: absent === 1 ? 0 : 9,
        });
        if (rnd() < 0.05)
          softDelete(database.sqlite, 'attendance_entry', 'attendance_entry_id = ?', row.attendance_entry_id);
      }
    }
  }
  for (const [from, to] of [
    ['2026-01-01', '2026-02-28'],
    ['2026-01-10', '2026-01-31'],
    ['2026-02-14', '2026-02-14'],
  ] as const) {
    const records = database.sqlite
      .prepare(
        'SELECT client_id, employee_id, shift_date, shift_type, is_absent FROM attendance_entry WHERE deleted_at IS NULL AND shift_date BETWEEN ? AND ?',
      )
      .all(from, to) as Rec[];
    const expected = reference(records);
    const rows = runFamily(attendanceFamily, database.sqlite, { from, to }).bradford ?? [];
    expect(rows).toHaveLength(expected.size);
    for (const row of rows)
      expect({ spells: row.spells, days: row.days }).toEqual(
        expected.get(`${row.client_id}/${row.employee_id}`),
      );
    if (from === '2026-01-01') expect(rows.some((r) => r.spells > 1 && r.spells < r.days)).toBe(true);
  }
});
