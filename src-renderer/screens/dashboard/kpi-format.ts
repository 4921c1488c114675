import { formatNumberIn } from '../../../src-shared/i18n/format';
import { kpiDefinition } from '../../../src-shared/kpi/definitions/registry';
import type { KpiKey, KpiUnit } from '../../../src-shared/kpi/result';
import type { KpiStatus } from '../../../src-shared/kpi/status';
import { i18next, lookup } from '../../i18n/i18n';
import { localizedRecord } from '../../i18n/labels';
import { currentFormat } from '../../i18n/locale-store';

/** A KPI's name as the plant says it (its definition's). */
export function kpiLabel(key: KpiKey): string {
  return i18next.language === 'en'
    ? kpiDefinition(key).label
    : lookup(`kpi.name.${key}`, kpiDefinition(key).label);
}

/** A KPI's short name, for chart axes, legends and pickers where the full name does not fit. */
export function kpiShortLabel(key: KpiKey): string {
  const english = kpiDefinition(key).shortLabel;
  return i18next.language === 'en' ? english : lookup(`kpi.short.${key}`, english);
}

export const STATUS_LABELS: Readonly<Record<KpiStatus, string>> = localizedRecord('kpi.status', {
  green: 'On target',
  amber: 'Near target',
  red: 'Off target',
  check: 'Check the data',
});

/** What an axis says its numbers are. */
export const UNIT_WORDS: Readonly<Record<KpiUnit, string>> = localizedRecord('kpi.unitWords', {
  '%': 'Percent (%)',
  ppm: 'Defective parts per million',
  dpmo: 'Defects per million opportunities',
  days: 'Days',
});

// KPIS.md § Conventions: rounding at display only, 2 decimals; PPM and DPMO as integers.
// In the user's regional format, read at each call ("85,25 %" where the decimal is a comma).
const twoDecimals = { format: (value: number) => formatNumberIn(currentFormat(), value, 2, 2) };
const whole = { format: (value: number) => formatNumberIn(currentFormat(), value, 0) };
const upToOne = { format: (value: number) => formatNumberIn(currentFormat(), value, 1) };

// A no-break space keeps a unit on the same line as its number however narrow the card.
const NBSP = '\u00a0';

/** A value with its unit as KPIS.md displays it ("85.25 %", "1,250 ppm", "4.50 days"). */
export function formatKpi(value: number, unit: KpiUnit): string {
  switch (unit) {
    case '%':
      return `${twoDecimals.format(value)}${NBSP}%`;
    case 'ppm':
    case 'dpmo':
      return `${whole.format(value)}${NBSP}${unit}`;
    case 'days':
      return `${twoDecimals.format(value)}${NBSP}${i18next.t('kpi.days')}`;
  }
}

/** Like formatKpi, but "No data" when nothing fed the KPI: never a 0 that was not measured. */
export function formatKpiOrNoData(value: number | null, unit: KpiUnit): string {
  return value === null ? i18next.t('common.noData') : formatKpi(value, unit);
}

/** A chart axis tick: short, no unit (the axis title says it). */
export function formatTick(value: number, unit: KpiUnit): string {
  return unit === 'ppm' || unit === 'dpmo' ? whole.format(value) : upToOne.format(value);
}

/** A plain count with thousands separators ("1,697"). */
export function formatCount(value: number): string {
  return whole.format(value);
}

/** A number with up to 2 decimals and thousands separators, whole numbers without decimals ("354.22", "117"). */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? whole.format(value) : twoDecimals.format(value);
}

/** An amount of a breakdown (hours, defects) with up to 2 decimals ("354.22 hours", "117 defects"). */
export function formatAmount(value: number, unit: string): string {
  return `${formatNumber(value)}${NBSP}${unit}`;
}

/** A share in percent with 2 decimals ("40.50 %"). */
export function formatShare(value: number): string {
  return `${twoDecimals.format(value)}${NBSP}%`;
}

/**
 * A confidence (0–1) as whole percent. An estimated value never reads "100 %": rounding 0.996 up
 * would hide that something was inferred.
 */
export function formatConfidence(confidence: number, estimated: boolean): string {
  const percent = Math.round(confidence * 100);
  return `${estimated ? Math.min(percent, 99) : percent}${NBSP}%`;
}
