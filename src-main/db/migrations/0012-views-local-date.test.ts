import { afterEach, describe, expect, it } from 'vitest';
import { localIsoDate } from '../../../src-shared/domain/plant-clock';
import { addOrder, kpiDb, report } from '../../kpi/delivery/kpi-fixture.test-support';

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe('0012: the reporting views age as of the plant’s local date', () => {
  // At any instant one of these two zones (UTC+14, UTC−11) is on another date than UTC, so a view
  // reading the UTC date fails one of them whenever the test runs.
  it.each(['Pacific/Kiritimati', 'Pacific/Pago_Pago'])('in %s', (tz) => {
    process.env.TZ = tz;
    const sqlite = kpiDb();
    const today = localIsoDate(new Date());
    addOrder(sqlite, 'WO-1', { actual_start_date: today, planned_ship_date: today });
    const wip = sqlite.prepare('SELECT as_of_date, mean_net_age FROM v_wip_aging').get();
    expect(wip).toEqual({ as_of_date: today, mean_net_age: 1 });
    // The engine, by default as of today, agrees.
    expect(report(sqlite, { from: today, to: today }).kpis.wip_aging.value).toBe(1);
    const otd = sqlite.prepare('SELECT DISTINCT as_of_date FROM v_on_time_delivery').all();
    expect(otd).toEqual([{ as_of_date: today }]);
  });
});
