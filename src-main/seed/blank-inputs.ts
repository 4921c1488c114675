import type { Row } from '../tenancy/scoped-store';
import type { OrderPlan } from './build-catalogue';
import type { Random } from './random';

/**
 * Leaves inputs blank as plants do, so each inference rule of KPIS.md shows: headcount (present
 * only, or neither), scheduled hours, run time (with or without the downtime total). Run time and
 * downtime total are both blanked only where the downtime entries of that order, date and shift are
 * this station's own, so rule 3 (scheduled − Σ entries) infers this station's run time, not the line's.
 */
export function blankSomeInputs(
  rows: { row: Row; order: OrderPlan; downtimeStations: number }[],
  lineStopped: boolean,
  rate: number,
  random: Random,
): void {
  rows.forEach(({ row, order }, s) => {
    const othersDown = rows.some(
      (other, o) => o !== s && other.order === order && other.downtimeStations >= 0,
    );
    const headcount = random.next();
    if (headcount < rate / 2) row.employees_assigned = null;
    else if (headcount < rate) {
      row.employees_assigned = null;
      row.employees_present = null;
    }
    if (random.chance(rate)) row.shift_hours_scheduled = null;
    if (random.chance(rate)) {
      row.run_time_hours = null;
      if (!lineStopped && !othersDown && random.chance(0.5)) row.downtime_total_minutes = null;
    }
  });
}
