import { CLIENT_CONFIG_DEFAULTS as D } from '../../../src-shared/domain/client-defaults';
import type { FieldGroup } from '../../components/form/RecordForm';
import { fmt } from '../../i18n/fmt';
import { i18next } from '../../i18n/i18n';

/**
 * The client settings form: KPI targets, the defaults used when an input is missing, and the WIP
 * aging thresholds. Field labels (with units) come from the client_config spec; titles are keys.
 */
export const TARGET_GROUPS: readonly FieldGroup[] = [
  {
    title: 'targets.groups.kpi',
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
  { title: 'targets.groups.missing', fields: ['default_cycle_time_hours', 'dpmo_opportunities_default'] },
  { title: 'targets.groups.wip', fields: ['wip_aging_threshold_days', 'wip_critical_threshold_days'] },
];

/**
 * KPIS.md § Client targets: the values a new client starts with, shown under each field so a
 * changed target can be compared with (or set back to) the default. Lower-is-better ones say so.
 * Worded when asked, in the user's language and number format.
 */
export function targetHints(): Readonly<Record<string, string>> {
  const t = i18next.t;
  const pct = (value: number) => fmt.percent(value, 0);
  return {
    efficiency_target: t('targets.hints.percent', { value: pct(D.efficiency_target) }),
    performance_target: t('targets.hints.percent', { value: pct(D.performance_target) }),
    availability_target: t('targets.hints.percent', { value: pct(D.availability_target) }),
    oee_target: t('targets.hints.percent', { value: pct(D.oee_target) }),
    fpy_target: t('targets.hints.percent', { value: pct(D.fpy_target) }),
    otd_target: t('targets.hints.percent', { value: pct(D.otd_target) }),
    absenteeism_target: t('targets.hints.lowerPercent', { value: pct(D.absenteeism_target) }),
    ppm_target: t('targets.hints.ppm', { value: fmt.number(D.ppm_target, 0) }),
    default_cycle_time_hours: t('targets.hints.cycle', {
      hours: fmt.number(D.default_cycle_time_hours, 3),
      minutes: fmt.number(D.default_cycle_time_hours * 60, 1),
    }),
    dpmo_opportunities_default: t('targets.hints.dpmo', {
      value: fmt.number(D.dpmo_opportunities_default, 0),
    }),
    wip_aging_threshold_days: t('targets.hints.aging', { value: fmt.number(D.wip_aging_threshold_days, 0) }),
    wip_critical_threshold_days: t('targets.hints.critical', {
      value: fmt.number(D.wip_critical_threshold_days, 0),
    }),
  };
}
