import { AppError } from '../../src-shared/contract/errors';
import type { RuleCode } from '../../src-shared/contract/rule-codes';
import {
  type EntryWarning,
  inspectionWarnings,
  productionWarnings,
  unconfirmed,
} from '../../src-shared/domain/entry-warnings';
import { ruleMessage } from '../../src-shared/i18n/rule-text';
import { SQLITE_STORE_DIALECT as DIALECT } from '../../src-shared/store-sql/store-dialect';
import {
  defectLinesLookup,
  inspectionTotalLookup,
  orderFactsLookup,
} from '../../src-shared/store-sql/store-rules';
import type { TableSpec } from '../../src-shared/tables/column';
import { storeCompiler as db, placeholder as p } from '../db/store-compiler';
import { type LookupContext, lookup } from './references';

type Row = Record<string, unknown>;

const num = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/** The columns whose change can raise a table's warnings: an edit of anything else is not asked again. */
export const WARNING_INPUTS: Readonly<Record<string, readonly string[]>> = {
  production_entry: [
    'units_produced',
    'run_time_hours',
    'shift_hours_scheduled',
    'downtime_total_minutes',
    'work_order_id',
  ],
  quality_entry: ['total_defects_count'],
  defect_detail: ['quality_entry_id'],
};

interface OrderFacts {
  planned_quantity: number | null;
  ideal_cycle_time: number | null;
  style_cycle_time: number | null;
  elsewhere: number | null;
}

const orderKey = (row: Row): string => `${String(row.client_id)}\u0000${String(row.work_order_id)}`;

/**
 * Order facts remembered while a batch of inserts runs (an import): 100,000 rows of one order
 * would otherwise add up that order's units 100,000 times. Each row written adds its units to its
 * order's total, so the next row sees them as a separate save would.
 */
export class WarningMemo {
  readonly #orders = new Map<string, OrderFacts>();

  get(row: Row): OrderFacts | undefined {
    return this.#orders.get(orderKey(row));
  }

  set(row: Row, facts: OrderFacts): void {
    this.#orders.set(orderKey(row), facts);
  }

  /** Counts a production row just written in its order's booked units. */
  noteWritten(tableName: string, row: Row): void {
    if (tableName !== 'production_entry') return;
    const facts = this.#orders.get(orderKey(row));
    const units = num(row.units_produced);
    if (facts && units !== null) facts.elsewhere = (facts.elsewhere ?? 0) + units;
  }

  clear(): void {
    this.#orders.clear();
  }
}

/** A production row's order: its plan, its cycle time (own, else its style's mean) and what its other entries booked. */
function orderFactsOf(context: LookupContext, row: Row, memo: WarningMemo | null): OrderFacts | undefined {
  const known = memo?.get(row);
  if (known) return known;
  const found = lookup<OrderFacts>(
    { ...context, memo: null },
    'rule:order-facts',
    (scope) =>
      orderFactsLookup(db, DIALECT, scope, {
        workOrderId: p('order'),
        clientId: p('client'),
        ownEntry: p('entry'),
      }),
    { order: row.work_order_id, client: row.client_id, entry: String(row.production_entry_id ?? '') },
  );
  if (found) memo?.set(row, found);
  return found;
}

/** The warnings of a production row, from its order's facts. */
function productionRowWarnings(context: LookupContext, row: Row, memo: WarningMemo | null): EntryWarning[] {
  const order = orderFactsOf(context, row, memo);
  if (!order) return [];
  const scheduled = num(row.shift_hours_scheduled);
  const downtime = num(row.downtime_total_minutes);
  const runHours = num(row.run_time_hours) ?? (scheduled !== null ? scheduled - (downtime ?? 0) / 60 : null);
  const ownCycle = num(order.ideal_cycle_time);
  return productionWarnings({
    units: num(row.units_produced),
    runHours,
    cycleTime: ownCycle !== null && ownCycle > 0 ? ownCycle : num(order.style_cycle_time),
    plannedQuantity: num(order.planned_quantity),
    unitsBookedElsewhere: num(order.elsewhere) ?? 0,
  });
}

/** Live defect lines of an inspection, leaving out one line (the one being written, counted by the caller). */
function defectLines(context: LookupContext, inspection: unknown, except: unknown): number {
  const found = lookup<{ n: number }>(
    { ...context, memo: null },
    'rule:defect-lines',
    (scope) => defectLinesLookup(db, DIALECT, scope, { inspectionId: p('inspection'), except: p('except') }),
    { inspection, except: String(except ?? '') },
  );
  return Number(found?.n ?? 0);
}

/** The warnings a row raises as it would be stored (rules 4 and 6); none for other tables. */
export function entryWarnings(
  context: LookupContext,
  spec: TableSpec,
  row: Row,
  memo: WarningMemo | null = null,
): EntryWarning[] {
  switch (spec.table) {
    case 'production_entry':
      return productionRowWarnings(context, row, memo);
    case 'quality_entry':
      return inspectionWarnings(
        num(row.total_defects_count),
        defectLines(context, row.quality_entry_id, null),
      );
    case 'defect_detail': {
      const parent = lookup<{ total_defects_count: number | null }>(
        { ...context, memo: null },
        'rule:inspection-total',
        (scope) => inspectionTotalLookup(db, DIALECT, scope, p('inspection')),
        { inspection: row.quality_entry_id },
      );
      if (!parent) return [];
      const lines = defectLines(context, row.quality_entry_id, row.defect_detail_id) + 1;
      return inspectionWarnings(num(parent.total_defects_count), lines).map((w) => ({
        ...w,
        path: 'defect_type',
        message: ruleMessage('warning.DEFECT_LINES_WITH_THIS_OVER_TOTAL', w.params),
        wording: 'warning.DEFECT_LINES_WITH_THIS_OVER_TOTAL',
      }));
    }
    default:
      return [];
  }
}

/**
 * Refuses a row whose warnings the request did not confirm: NEEDS_CONFIRMATION, each warning as
 * an issue whose `confirm` is its code, and nothing written. `changed`: on an update, the columns it changes;
 * an edit that touches none of a table's warning inputs is not asked again.
 */
export function assertWarningsConfirmed(
  context: LookupContext,
  spec: TableSpec,
  row: Row,
  confirmed: readonly string[] | undefined,
  changed?: readonly string[],
  memo: WarningMemo | null = null,
): void {
  const inputs = WARNING_INPUTS[spec.table];
  if (!inputs) return;
  if (changed && !changed.some((name) => inputs.includes(name))) return;
  const open = unconfirmed(entryWarnings(context, spec, row, memo), confirmed);
  const first = open[0];
  if (!first) return;
  const wordingOf = (w: EntryWarning): RuleCode => w.wording ?? `warning.${w.code}`;
  throw new AppError(
    'NEEDS_CONFIRMATION',
    `Please check this ${spec.noun}: ${first.message}. Save it anyway only if the figures are right.`,
    open.map((w) => ({
      path: w.path,
      message: w.message,
      confirm: w.code,
      code: wordingOf(w),
      params: w.params,
    })),
    { key: 'warning.checkRow', params: { ...first.params, reason: wordingOf(first) } },
  );
}
