/** KPIS.md § Client targets. Also the DDL defaults of `client_config`. */
export const CLIENT_CONFIG_DEFAULTS = {
  efficiency_target: 85,
  performance_target: 95,
  availability_target: 90,
  oee_target: 85,
  fpy_target: 95,
  ppm_target: 10_000,
  dpmo_opportunities_default: 1,
  otd_target: 95,
  absenteeism_target: 3,
  wip_aging_threshold_days: 7,
  wip_critical_threshold_days: 14,
  default_cycle_time_hours: 0.25,
} as const;
