import type { KpiKey, KpiUnit } from '../../../src-shared/kpi/result';
import type { KpiStatus } from '../../../src-shared/kpi/status';

/** KPI names as the plant says them. */
export const KPI_LABELS: Record<KpiKey, string> = {
  efficiency: 'Efficiency',
  performance: 'Performance',
  availability: 'Availability',
  quality_rate: 'Quality rate',
  oee: 'OEE',
  ppm: 'Defects per million (PPM)',
  dpmo: 'Defects per million opportunities',
  fpy: 'First pass yield',
  rty: 'Rolled throughput yield',
  otd: 'On-time delivery',
  true_otd: 'True on-time delivery',
  wip_aging: 'WIP age',
  hold_aging: 'Hold age',
  absenteeism: 'Absenteeism',
};

export const STATUS_LABELS: Record<KpiStatus, string> = {
  green: 'On target',
  amber: 'Near target',
  red: 'Off target',
};

const oneDecimal = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

// A no-break space keeps a unit on the same line as its number however narrow the card.
const NBSP = '\u00a0';

/** A value with its unit, rounded for reading across a room ("85.3 %", "1,250 ppm", "4.5 days"). */
export function formatKpi(value: number, unit: KpiUnit): string {
  switch (unit) {
    case '%':
      return `${oneDecimal.format(value)}${NBSP}%`;
    case 'ppm':
    case 'dpmo':
      return `${whole.format(value)}${NBSP}${unit}`;
    case 'days':
      return `${oneDecimal.format(value)}${NBSP}days`;
  }
}
