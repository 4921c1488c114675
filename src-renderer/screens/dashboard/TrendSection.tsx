import { useId, useState } from 'react';
import type { KpiKey, KpiUnit } from '../../../src-shared/kpi/result';
import { TrendChart } from '../../components/charts/TrendChart';
import { i18next } from '../../i18n/i18n';
import { formatKpi, formatTick, kpiShortLabel, UNIT_WORDS } from './kpi-format';
import { periodLabel, periodTick, TREND_BY_LABELS, type TrendBy } from './period-format';
import { useInvoke } from './use-invoke';
import type { KpiScope } from './use-kpi-scope';

interface TrendSectionProps {
  kpi: KpiKey;
  unit: KpiUnit;
  scope: KpiScope;
  /** The grouping the section opens with (the dashboard's sparkline grouping). */
  initialBy: TrendBy;
}

const TREND_BYS: readonly TrendBy[] = ['day', 'week', 'month'];

/** The KPI over the period by day, week or month, with its target line. */
export function TrendSection({ kpi, unit, scope, initialBy }: TrendSectionProps) {
  const [by, setBy] = useState<TrendBy>(initialBy);
  const titleId = useId();
  const trend = useInvoke('kpi.trend', { ...scope, kpi, by });
  const points = trend.data?.points.map((point) => ({ key: point.key, value: point.result.value })) ?? [];
  return (
    <section className="panel dash-section" aria-labelledby={titleId} aria-busy={trend.loading}>
      <div className="section-head">
        <h3 id={titleId}>{i18next.t('drill.trend.title', { by: i18next.t(`dash.byLower.${by}`) })}</h3>
        <fieldset className="segmented">
          <legend className="dash-sr-only">{i18next.t('drill.trend.showBy')}</legend>
          {TREND_BYS.map((option) => (
            <button key={option} type="button" aria-pressed={option === by} onClick={() => setBy(option)}>
              {TREND_BY_LABELS[option]}
            </button>
          ))}
        </fieldset>
      </div>
      {trend.error ? (
        <p className="form-error" role="alert">
          {i18next.t('drill.trend.failed', { message: trend.error })}
        </p>
      ) : !trend.data ? (
        <p className="empty-note">{i18next.t('drill.trend.loading')}</p>
      ) : points.every((point) => point.value === null) ? (
        <p className="empty-note">{i18next.t('drill.trend.noData')}</p>
      ) : (
        <TrendChart
          points={points}
          target={trend.data.target}
          seriesName={kpiShortLabel(kpi)}
          xTitle={TREND_BY_LABELS[trend.data.by]}
          yTitle={UNIT_WORDS[unit]}
          formatValue={(value) => formatKpi(value, unit)}
          formatTick={(value) => formatTick(value, unit)}
          periodTick={periodTick}
          periodLabel={periodLabel}
          height={280}
        />
      )}
    </section>
  );
}
