import { buildCatalogue } from './build-catalogue';
import { buildQuality } from './build-quality';
import { buildWorkforce } from './build-workforce';
import { finalizeOrders } from './finalize-orders';
import type { SeedContext } from './seed-context';
import type { ClientRows } from './seed-types';
import { simulateLines } from './simulate-lines';

/**
 * Every row of one client, built in memory: attendance first (who is at work decides which
 * stations run), then the orders, the lines that make them, the inspections of what they made,
 * and finally the orders' dates as the production turned out.
 */
export function buildClientRows(ctx: SeedContext): ClientRows {
  const workforce = buildWorkforce(ctx);
  const catalogue = buildCatalogue(ctx);
  const production = simulateLines(ctx, catalogue.orders, workforce.staffing);
  const quality = buildQuality(ctx, production.samples);
  const orders = finalizeOrders(ctx, catalogue.orders);
  return {
    product: catalogue.product,
    part_opportunities: catalogue.part_opportunities,
    work_order: orders.work_order,
    job: orders.job,
    attendance_entry: workforce.attendance,
    coverage_entry: workforce.coverage,
    production_entry: production.production,
    downtime_entry: production.downtime,
    hold_entry: production.hold,
    quality_entry: quality.quality_entry,
    defect_detail: quality.defect_detail,
  };
}
