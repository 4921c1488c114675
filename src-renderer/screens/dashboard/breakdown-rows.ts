import { AGING_BUCKETS, type AgingBucketKey } from '../../../src-shared/kpi/aging-buckets';
import type { KpiResult } from '../../../src-shared/kpi/result';

/** A late or overdue order as the OTD breakdown lists it. */
export interface LateOrderRow {
  work_order_id: string;
  client_id: string;
  style_model: string | null;
  promised_date: string;
  delivered_date: string | null;
  days_late: number;
  confidence: number;
}

/** A hold open 30 days or more. */
export interface ChronicHoldRow {
  hold_entry_id: string;
  work_order_id: string;
  client_id: string;
  hold_reason: string | null;
  hold_date: string;
  age: number;
}

function text(row: Record<string, unknown>, name: string): string | null {
  const value = row[name];
  return typeof value === 'string' ? value : null;
}

function num(row: Record<string, unknown>, name: string): number | null {
  const value = row[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/**
 * The late-orders breakdown's rows, checked field by field: the channel types them loosely, and a
 * row missing its keys is left out rather than shown half empty.
 */
export function readLateOrders(rows: readonly Record<string, unknown>[]): LateOrderRow[] {
  return rows.flatMap((row) => {
    const id = text(row, 'work_order_id');
    const client = text(row, 'client_id');
    const promised = text(row, 'promised_date');
    const daysLate = num(row, 'days_late');
    if (id === null || client === null || promised === null || daysLate === null) return [];
    return [
      {
        work_order_id: id,
        client_id: client,
        style_model: text(row, 'style_model'),
        promised_date: promised,
        delivered_date: text(row, 'delivered_date'),
        days_late: daysLate,
        confidence: num(row, 'confidence') ?? 1,
      },
    ];
  });
}

/** The chronic-holds breakdown's rows, checked like readLateOrders. */
export function readChronicHolds(rows: readonly Record<string, unknown>[]): ChronicHoldRow[] {
  return rows.flatMap((row) => {
    const holdId = text(row, 'hold_entry_id');
    const orderId = text(row, 'work_order_id');
    const client = text(row, 'client_id');
    const holdDate = text(row, 'hold_date');
    const age = num(row, 'age');
    if (holdId === null || orderId === null || client === null || holdDate === null || age === null)
      return [];
    return [
      {
        hold_entry_id: holdId,
        work_order_id: orderId,
        client_id: client,
        hold_reason: text(row, 'hold_reason'),
        hold_date: holdDate,
        age,
      },
    ];
  });
}

/** "0-7" → "0–7 days", ">30" → "Over 30 days". */
export function bucketLabel(bucket: string): string {
  return bucket.startsWith('>') ? `Over ${bucket.slice(1)} days` : `${bucket.replace('-', '–')} days`;
}

/** The four aging buckets of a WIP or hold aging result's `details.buckets`, in age order (0 where missing). */
export function bucketsOf(result: KpiResult): { bucket: AgingBucketKey; count: number }[] {
  const buckets = result.details?.buckets;
  const counts = typeof buckets === 'object' && buckets !== null ? (buckets as Record<string, unknown>) : {};
  return AGING_BUCKETS.map(({ key }) => {
    const count = counts[key];
    return { bucket: key, count: typeof count === 'number' ? count : 0 };
  });
}

export { codeWords } from '../../../src-shared/domain/code-words';
