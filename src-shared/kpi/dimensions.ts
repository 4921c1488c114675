/** How a KPI scope may be grouped (KPIS.md § Conventions). */
export const DIMENSIONS = [
  'client',
  'day',
  'week',
  'month',
  'shift',
  'work_order',
  'style',
  'operation',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

// The week key of the `week` dimension; the calendar owns date arithmetic.
export { isoWeekKey } from '../domain/calendar';
