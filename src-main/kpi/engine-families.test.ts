import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KpiFamilyName } from '../../src-shared/kpi/definition';
import { KPI_DEFINITIONS } from '../../src-shared/kpi/definitions/registry';
import { freshDb } from '../db/db.test-support';
import type { OpenDatabase } from '../db/open';
import { readThrough } from '../db/read-connection';
import { SYSTEM_SCOPE } from '../tenancy/scope';
import { computeKpis, KPI_FAMILIES } from './engine';
import { kpiContext } from './kpi-context';

let database: OpenDatabase;
beforeAll(() => {
  database = freshDb();
});
afterAll(() => database.close());

const query = { from: '2026-03-01', to: '2026-03-31', asOf: '2026-03-31' };

describe('the engine’s families, from the KPI definitions', () => {
  it.each(Object.keys(KPI_FAMILIES) as KpiFamilyName[])(
    '%s answers exactly the KPIs defined in it',
    (family) => {
      const ctx = kpiContext(readThrough(database.sqlite), SYSTEM_SCOPE, { ...query, by: null });
      const answered = Object.keys(KPI_FAMILIES[family](ctx).total).sort();
      const defined = KPI_DEFINITIONS.filter((d) => d.family === family)
        .map((d) => d.key)
        .sort();
      expect(answered).toEqual(defined);
    },
  );

  it('runs only the family of the KPI asked for', () => {
    const report = computeKpis(readThrough(database.sqlite), SYSTEM_SCOPE, query, ['ppm']);
    // The other KPIs are "no data" without rows: the quality family ran, no other.
    expect(report.kpis.ppm.details).toBeDefined();
    expect(report.kpis.efficiency.details).toBeUndefined();
    expect(report.kpis.wip_aging.details).toBeUndefined();
  });
});
