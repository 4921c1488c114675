import { addDays, daysBetween } from '../domain/calendar';
import { type KpiResultOf, ratioResult } from './result';

/** Confidence of each promised-date rule (KPIS.md § Filling in missing inputs). */
export const PROMISED_DATE_CONFIDENCE = {
  planned_ship_date: 1,
  required_date: 0.8,
  start_plus_duration: 0.5,
} as const;

/** Confidence of each ideal-cycle-time rule: the order's own, its style's mean, the client default. */
export const CYCLE_TIME_CONFIDENCE = { own: 1, style_mean: 0.7, client_default: 0.4 } as const;

/** Hours per day of promised-date rule 3 when the client has no SHIFT_1ST calendar row (the default calendar's 9 h). */
export const DEFAULT_DAY_HOURS = 9;

/** client_config.default_cycle_time_hours when the client has no config row. */
export const DEFAULT_CYCLE_TIME_HOURS = 0.25;

/**
 * Whole calendar days of promised-date rule 3: ceil(quantity × cycle time / hours per day). The
 * quotient is rounded to 9 decimals first so that binary noise (1000 × 0.009 / 9 = 1.0000000000000002)
 * does not add a day; the SQL does the same.
 */
export function durationDays(quantity: number, cycleTimeHours: number, dayHours: number): number {
  return Math.ceil(Math.round(((quantity * cycleTimeHours) / dayHours) * 1e9) / 1e9);
}

/** Promised-date rule 3: start + the production duration in calendar days. */
export function promisedByDuration(
  start: string,
  quantity: number,
  cycleTimeHours: number,
  dayHours: number,
): string {
  return addDays(start, durationDays(quantity, cycleTimeHours, dayHours));
}

/** What OTD needs of one order. */
export interface OrderDelivery {
  promisedDate: string | null;
  deliveredDate: string | null;
}

/** Measured: promised within [from, to], and delivered or overdue (undelivered with P < D). */
export function isMeasured(order: OrderDelivery, from: string, to: string, asOf: string): boolean {
  const p = order.promisedDate;
  if (p === null || p < from || p > to) return false;
  return order.deliveredDate !== null || p < asOf;
}

/** On time: delivered on or before the promised date. */
export function isOnTime(order: OrderDelivery): boolean {
  return (
    order.promisedDate !== null && order.deliveredDate !== null && order.deliveredDate <= order.promisedDate
  );
}

/** Days late of a measured order: delivery − P, or D − P while undelivered (≤ 0 when on time). */
export function daysLate(order: OrderDelivery, asOf: string): number {
  if (order.promisedDate === null) return 0;
  return daysBetween(order.promisedDate, order.deliveredDate ?? asOf);
}

/** What the OTD aggregate returns for one KPI (OTD or TRUE-OTD) over a scope or group. */
export interface OtdSums {
  measured: number;
  onTime: number;
  /** Measured orders not delivered (late by definition, P < D). */
  overdue: number;
  /** Measured orders whose promised date was inferred (not planned_ship_date). */
  inferred: number;
  confidenceSum: number;
  /** Orders of the population with no promised date at all. */
  skipped: number;
}

export const NO_OTD: OtdSums = {
  measured: 0,
  onTime: 0,
  overdue: 0,
  inferred: 0,
  confidenceSum: 0,
  skipped: 0,
};

/** Adds two groups' sums. */
export function addOtdSums(a: OtdSums, b: OtdSums): OtdSums {
  return {
    measured: a.measured + b.measured,
    onTime: a.onTime + b.onTime,
    overdue: a.overdue + b.overdue,
    inferred: a.inferred + b.inferred,
    confidenceSum: a.confidenceSum + b.confidenceSum,
    skipped: a.skipped + b.skipped,
  };
}

/** On time / measured × 100 (null when nothing is measured), with the promised dates' confidence. */
export function otdResult(sums: OtdSums): KpiResultOf<'otd' | 'true_otd'> {
  return ratioResult(
    sums.onTime,
    sums.measured,
    '%',
    { rows: sums.measured, inferredRows: sums.inferred, confidenceSum: sums.confidenceSum },
    { details: { skipped: sums.skipped, overdue: sums.overdue } },
  );
}
