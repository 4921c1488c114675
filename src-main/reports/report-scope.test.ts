import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDb, LEADER_A } from '../db/db.test-support';
import type { OpenDatabase } from '../db/open';
import { KPI_PARAMS, kpiQueries, kpiQueryKey } from '../kpi/kpi-query';
import { SYSTEM_SCOPE } from '../tenancy/scope';
import { scopeViolations } from '../tenancy/scope-audit.test-support';
import { scopedTables } from '../tenancy/scoped-tables';
import './shift-report';

// The report's row sections read tenant tables only through the scope's CTEs, like every KPI query.

let database: OpenDatabase;
beforeAll(() => {
  database = freshDb();
});
afterAll(() => database.close());

describe('tenant scope of the report queries', () => {
  it.each([
    ['a leader of client A', LEADER_A],
    ['the system', SYSTEM_SCOPE],
  ])('compiles every report query scoped for %s', (_, scope) => {
    const reportQueries = kpiQueries().filter((q) => q.name.startsWith('report_'));
    expect(reportQueries.length).toBeGreaterThanOrEqual(7);
    const values = { from: '2026-03-01', to: '2026-03-31', as_of: '2026-03-31', limit: 10, shift: null };
    for (const query of reportQueries) {
      const tables = scopedTables(scope);
      const text = tables.compileOnce(
        kpiQueryKey(query, null),
        () => query.build(KPI_PARAMS, null),
        values,
      ).sql;
      expect(scopeViolations(text, tables.clients !== null), query.name).toEqual([]);
    }
  });
});
