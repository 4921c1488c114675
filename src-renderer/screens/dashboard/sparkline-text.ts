import type { KpiCard } from '../../../src-shared/kpi/dashboard';
import { i18next } from '../../i18n/i18n';
import { formatKpi } from './kpi-format';
import { periodLabel } from './period-format';

/**
 * What a card's sparkline shows, in words: "Trend from 80.12 % (26 Oct 2026) to 78.55 % (24 Nov
 * 2026)". Worded without "period" or "client", which label the header's pickers.
 */
export function sparklineDescription(card: KpiCard): string {
  const known = card.trend.filter((point) => point.result.value !== null);
  const first = known[0];
  const last = known[known.length - 1];
  if (!first || !last || first.result.value === null || last.result.value === null)
    return i18next.t('dash.noTrend');
  const unit = card.result.unit;
  if (first === last)
    return i18next.t('dash.trendOnly', {
      value: formatKpi(first.result.value, unit),
      period: periodLabel(first.key),
    });
  return i18next.t('dash.trendFromTo', {
    first: formatKpi(first.result.value, unit),
    firstPeriod: periodLabel(first.key),
    last: formatKpi(last.result.value, unit),
    lastPeriod: periodLabel(last.key),
  });
}
