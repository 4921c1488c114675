import type { KpiUnit } from '../kpi/definition';
import type { NumberKind } from './report-document';
import type { ReportText } from './report-text';

/** A no-break space keeps a unit beside its number however narrow the column. */
export const NBSP = '\u00a0';

/** Number and date formatting of one report, through Intl in the report's locale. */
export interface ReportFormatter {
  locale: string;
  /** A number of a kind as the PDF shows it ("85.50 %", "1,250 ppm", "3.25 h"). */
  number(value: number, kind: NumberKind): string;
  /** A KPI value with its unit, rounded as KPIS.md says (2 decimals; PPM and DPMO whole). */
  kpi(value: number, unit: KpiUnit): string;
  /** A chart axis tick: no unit, up to 2 decimals ("85", "0.5", "10,000"). */
  tick(value: number): string;
  /** A `YYYY-MM-DD` date as the locale writes it. */
  date(iso: string): string;
  /** A `YYYY-MM-DD` date, short, for a chart's axis ("2 Mar"). */
  shortDate(iso: string): string;
  /** A moment (the generation time), in this PC's time zone, with minutes. */
  moment(at: Date): string;
}

/** The NumberKind of a KPI unit. */
export function kindOfUnit(unit: KpiUnit): NumberKind {
  return unit === '%' ? 'percent' : unit;
}

/** A formatter for a locale; `t` gives the unit words ("days", "días"). */
export function reportFormatter(locale: string, t: ReportText): ReportFormatter {
  const two = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const upToTwo = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const date = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
  const short = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  const moment = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const number = (value: number, kind: NumberKind): string => {
    switch (kind) {
      case 'integer':
      case 'points':
        return whole.format(value);
      case 'decimal':
        return two.format(value);
      case 'hours':
        return `${two.format(value)}${NBSP}${t('unit.hours')}`;
      case 'minutes':
        return whole.format(value);
      case 'percent':
        return `${two.format(value)}${NBSP}%`;
      case 'ppm':
      case 'dpmo':
        return `${whole.format(value)}${NBSP}${kind}`;
      case 'days':
        return `${two.format(value)}${NBSP}${t('unit.days')}`;
      case 'confidence':
        return `${whole.format(Math.round(value * 100))}${NBSP}%`;
    }
  };
  return {
    locale,
    number,
    kpi: (value, unit) => number(value, kindOfUnit(unit)),
    tick: (value) => upToTwo.format(value),
    date: (iso) => date.format(new Date(`${iso}T00:00:00Z`)),
    shortDate: (iso) => short.format(new Date(`${iso}T00:00:00Z`)),
    moment: (at) => moment.format(at),
  };
}
