import { type RawBuilder, sql } from 'kysely';
import { bradfordRow } from '../../../src-shared/kpi/bradford';
import type { BradfordRow } from '../../../src-shared/kpi/report';
import type { TableRead } from '../../tenancy/scoped-tables';
import type { KpiContext } from '../kpi-context';
import { inShift, type KpiParams, kpiQuery, ONE_SHAPE } from '../kpi-query';

interface SpellCount {
  employee_id: string;
  employee_name: string | null;
  client_id: string;
  spells: number;
  days: number;
}

/**
 * The CTEs ending in `spell_start`: the absent records of [from, to] of the scope's clients (of
 * the shift asked for), each with its previous absence of the employee at the client in that
 * range (pd, pt: null for the range's first) and `start`: 1 when it starts a spell (no previous
 * absence in the range, or a record lies strictly between the two). Over every day of a client,
 * these are the rows of its maintained rollup_absence (rollup-refresh.ts). Columns:
 * attendance_entry_id, client_id, employee_id, d, t (shift type, '' when blank), pd, pt, start.
 * Ties on (date, shift) are ordered by record id so that the previous absence is always the same
 * one (the count of starts never depended on it).
 */
export function spellStartCtes(p: Pick<KpiParams, 'from' | 'to' | 'shift'>): RawBuilder<unknown>[] {
  return [
    sql`absences AS (
  SELECT a.attendance_entry_id, a.client_id, a.employee_id, a.shift_date AS d, coalesce(a.shift_type, '') AS t,
    LAG(a.shift_date) OVER w AS pd, LAG(coalesce(a.shift_type, '')) OVER w AS pt
  FROM attendance_entry a
  WHERE a.shift_date BETWEEN ${p.from} AND ${p.to} AND a.is_absent = 1 AND ${inShift(p, sql.ref('a.shift_type'))}
  WINDOW w AS (PARTITION BY a.client_id, a.employee_id ORDER BY a.shift_date, coalesce(a.shift_type, ''), a.attendance_entry_id)
)`,
    sql`spell_start AS (
  SELECT x.attendance_entry_id, x.client_id, x.employee_id, x.d, x.t, x.pd, x.pt,
    x.pd IS NULL OR EXISTS (
      SELECT 1 FROM attendance_entry p
      WHERE p.employee_id = x.employee_id AND p.client_id = x.client_id
        AND p.shift_date BETWEEN x.pd AND x.d
        AND (p.shift_date, coalesce(p.shift_type, ''), coalesce(p.is_absent, 0)) > (x.pd, x.pt, 1)
        AND (p.shift_date, coalesce(p.shift_type, ''), coalesce(p.is_absent, 0)) < (x.d, x.t, 1)
    ) AS start
  FROM absences x
)`,
  ];
}

/** The tenant tables the spell starts read. */
export const SPELL_START_READS: readonly TableRead[] = ['attendance_entry'];

/**
 * Bradford factors (KPIS.md #10b) over the attendance records in [from, to] of the scope's clients.
 *
 * Order and spells: an employee's records are ordered by shift_date, then shift_type (blank first),
 * and records tied on both (a duplicate entry) present before absent, so the score never depends
 * on storage order. A spell starts at an absent record (is_absent = 1; blank is present) whose
 * previous record is not absent; with no record between them, a Friday and the next Monday are one
 * spell.
 *
 * How, cheaply: absences are few (a few % of records), so LAG runs over the absent records only,
 * giving each its previous absence; the two are in one spell when no record of the employee lies
 * strictly between them, an EXISTS probe on the (employee_id, shift_date) index (spellStartCtes).
 * This equals LAG over every record (previous record absent ⇔ nothing between the two absences)
 * without sorting every record of the scope. From the rollups (every shift, rollups current), the
 * same starts are read from rollup_absence, computed over all of the client's days: an absence
 * whose previous absence lies before the range is the first of the range, a start here (pd is null
 * in the range's own reading), whatever its flag over all days; any other has the same previous
 * absence, hence the same flag, in both readings.
 *
 * Decisions: an employee with records at two clients gets one row per client, each computed from
 * that client's records only: the score then does not depend on which other clients are in the
 * query (a leader of client A and an admin see the same row for A), and `client_id` names the one
 * client the records belong to. Every employee with a record in the range is listed, 0 included
 * (a clean record is information too); the candidates come from employee_client_assignment, whose
 * row every attendance record references (deleted or not: a former assignment's records still
 * count). `employee_name` is null when the employee row is deleted.
 */
function bradfordQuery(fromRollups: boolean) {
  return kpiQuery<SpellCount>({
    name: fromRollups ? 'bradford_spells_rollup' : 'bradford_spells',
    shapes: ONE_SHAPE,
    build: (p) => {
      const spells = fromRollups
        ? sql`spells AS (
  SELECT x.client_id, x.employee_id, count(*) AS days,
    sum(x.spell_start OR x.prev_date IS NULL OR x.prev_date < ${p.from}) AS spells
  FROM rollup_absence x
  WHERE x.shift_date BETWEEN ${p.from} AND ${p.to}
  GROUP BY x.client_id, x.employee_id
)`
        : sql`spells AS (
  SELECT x.client_id, x.employee_id, count(*) AS days, sum(x.start) AS spells
  FROM spell_start x
  GROUP BY x.client_id, x.employee_id
)`;
      const reads: TableRead[] = [
        'attendance_entry',
        { table: 'employee_client_assignment', tombstones: true },
        ...(fromRollups ? (['rollup_absence'] as const) : []),
      ];
      // employee is plant-level (not a tenant table): only the names of the scope's assignments are read.
      return {
        reads,
        ctes: [...(fromRollups ? [] : spellStartCtes(p)), spells],
        select: sql<SpellCount>`SELECT e.employee_id, emp.employee_name, e.client_id, coalesce(s.spells, 0) AS spells, coalesce(s.days, 0) AS days
FROM employee_client_assignment e
LEFT JOIN spells s ON s.client_id = e.client_id AND s.employee_id = e.employee_id
LEFT JOIN employee emp ON emp.employee_id = e.employee_id AND emp.deleted_at IS NULL
WHERE EXISTS (
  SELECT 1 FROM attendance_entry r
  WHERE r.employee_id = e.employee_id AND r.client_id = e.client_id
    AND r.shift_date BETWEEN ${p.from} AND ${p.to} AND ${inShift(p, sql.ref('r.shift_type'))})`,
      };
    },
  });
}

export const BRADFORD_SPELLS = bradfordQuery(false);

/** The same from the maintained spell starts (rollup_absence, 0027): for every shift only. */
export const BRADFORD_SPELLS_ROLLUP = bradfordQuery(true);

/** The Bradford rows of the context's scope and range. */
export function queryBradford(ctx: KpiContext): BradfordRow[] {
  // The maintained starts are over every shift's records: a shift asked for reads its own.
  const query = ctx.rollups && ctx.shift === null ? BRADFORD_SPELLS_ROLLUP : BRADFORD_SPELLS;
  return ctx.run(query, null).map((row) => bradfordRow(row));
}
