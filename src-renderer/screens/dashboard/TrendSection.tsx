import { useId, useState } from 'react';
import type { KpiKey, KpiUnit } from '../../../src-shared/kpi/result';
import { TrendChart } from '../../components/charts/TrendChart';
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
        <h3 id={titleId}>Trend by {TREND_BY_LABELS[by].toLowerCase()}</h3>
        <fieldset className="segmented">
          <legend className="dash-sr-only">Show the trend by</legend>
          {TREND_BYS.map((option) => (
            <button key={option} type="button" aria-pressed={option === by} onClick={() => setBy(option)}>
              {TREND_BY_LABELS[option]}
            </button>
          ))}
        </fieldset>
      </div>
      {trend.error ? (
        <p className="form-error" role="alert">
          The trend could not be loaded: {trend.error}
        </p>
      ) : !trend.data ? (
        <p className="empty-note">Loading the trend…</p>
      ) : points.every((point) => point.value === null) ? (
        <p className="empty-note">No data for this KPI in this period: nothing was recorded that feeds it.</p>
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
