import type { FieldGroup } from '../../components/form/RecordForm';

/**
 * The client settings form: KPI targets, the defaults used when an input is missing, and the WIP
 * aging thresholds. Field labels (with units) come from the client_config spec.
 */
export const TARGET_GROUPS: readonly FieldGroup[] = [
  {
    title: 'KPI targets',
    fields: [
      'efficiency_target',
      'performance_target',
      'availability_target',
      'oee_target',
      'fpy_target',
      'otd_target',
      'absenteeism_target',
      'ppm_target',
    ],
  },
  { title: 'When an input is missing', fields: ['default_cycle_time_hours', 'dpmo_opportunities_default'] },
  { title: 'WIP aging', fields: ['wip_aging_threshold_days', 'wip_critical_threshold_days'] },
];

/**
 * KPIS.md § Client targets: the values a new client starts with, shown under each field so a
 * changed target can be compared with (or set back to) the default. Lower-is-better ones say so.
 */
export const TARGET_HINTS: Readonly<Record<string, string>> = {
  efficiency_target: 'Default 85 %.',
  performance_target: 'Default 95 %.',
  availability_target: 'Default 90 %.',
  oee_target: 'Default 85 %.',
  fpy_target: 'Default 95 %.',
  otd_target: 'Default 95 %.',
  absenteeism_target: 'Default 3 %; lower is better.',
  ppm_target: 'Default 10,000 ppm; lower is better.',
  default_cycle_time_hours: 'Hours per unit when an order has none. Default 0.25 h (15 min).',
  dpmo_opportunities_default: 'For DPMO when a part has none. Default 1.',
  wip_aging_threshold_days: 'Orders older than this count as aging. Default 7.',
  wip_critical_threshold_days: 'Orders older than this are critical. Default 14.',
};
