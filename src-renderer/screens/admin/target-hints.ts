import { CLIENT_CONFIG_DEFAULTS as D } from '../../../src-shared/domain/client-defaults';
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
  efficiency_target: `Default ${D.efficiency_target} %.`,
  performance_target: `Default ${D.performance_target} %.`,
  availability_target: `Default ${D.availability_target} %.`,
  oee_target: `Default ${D.oee_target} %.`,
  fpy_target: `Default ${D.fpy_target} %.`,
  otd_target: `Default ${D.otd_target} %.`,
  absenteeism_target: `Default ${D.absenteeism_target} %; lower is better.`,
  ppm_target: `Default ${D.ppm_target.toLocaleString('en-US')} ppm; lower is better.`,
  default_cycle_time_hours: `Hours per unit when an order has none. Default ${D.default_cycle_time_hours} h (${D.default_cycle_time_hours * 60} min).`,
  dpmo_opportunities_default: `For DPMO when a part has none. Default ${D.dpmo_opportunities_default}.`,
  wip_aging_threshold_days: `Orders older than this count as aging. Default ${D.wip_aging_threshold_days}.`,
  wip_critical_threshold_days: `Orders older than this are critical. Default ${D.wip_critical_threshold_days}.`,
};
