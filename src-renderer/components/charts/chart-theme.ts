import type { KpiStatus } from '../../../src-shared/kpi/status';

/**
 * Chart colours, the same as the theme's (styles.css) so a red bar means what a red card means.
 * Every colour is dark enough for a white background at a distance; status is also said in words
 * next to every chart, never by colour alone.
 */
export const CHART_COLORS = {
  series: '#0a4f96',
  secondary: '#b3121f',
  target: '#111418',
  grid: '#c9d0d8',
  axis: '#3d4550',
  noStatus: '#6b7480',
} as const;

export const STATUS_FILLS: Record<KpiStatus, string> = {
  green: '#116329',
  amber: '#a86500',
  red: '#b3121f',
  // Not a target colour: a value above its ceiling says nothing about the line until the data is checked.
  check: '#5b3a8c',
};

/** A status colour, or grey for a value with no target or no value. */
export function statusFill(status: KpiStatus | null): string {
  return status ? STATUS_FILLS[status] : CHART_COLORS.noStatus;
}

/** Axis and legend text at a size that reads from a step back (the page's base is 18 px). */
export const AXIS_FONT = { fontSize: 15, fill: CHART_COLORS.axis } as const;
