import { useEffect, useId, useRef } from 'react';
import { KPI_KEYS, type KpiKey } from '../../../src-shared/kpi/result';
import { ComparisonChart } from '../../components/charts/ComparisonChart';
import { fmt } from '../../i18n/fmt';
import { i18next } from '../../i18n/i18n';
import { ComparisonTable } from './ComparisonTable';
import { worstFirst } from './compare-order';
import { formatKpi, formatTick, kpiLabel, kpiShortLabel, UNIT_WORDS } from './kpi-format';
import { useEscape } from './use-escape';
import { useInvoke } from './use-invoke';
import type { KpiScope } from './use-kpi-scope';

interface CompareViewProps {
  kpi: KpiKey;
  /** The period; the comparison always covers all of the user's clients, whatever client is picked. */
  scope: KpiScope;
  onPickKpi(kpi: KpiKey): void;
  /** Narrows the dashboard to one client. */
  onPickClient(clientId: string): void;
  onBack(): void;
}

function isKpiKey(value: string): value is KpiKey {
  return (KPI_KEYS as readonly string[]).includes(value);
}

/** The user's clients side by side on one KPI, worst first: a bar chart against each client's target and a table. */
export function CompareView({ kpi, scope, onPickKpi, onPickClient, onBack }: CompareViewProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const pickerId = useId();
  useEscape(onBack);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const answer = useInvoke('kpi.compare', {
    from: scope.from,
    to: scope.to,
    ...(scope.shift ? { shift: scope.shift } : {}),
    kpi,
  });
  const rows = answer.data ? worstFirst(kpi, answer.data) : [];
  const unit = rows[0]?.result.unit ?? '%';
  const format = (value: number) => formatKpi(value, unit);

  return (
    <div className="compare-view" data-testid="compare-view">
      <div className="view-head">
        <button type="button" className="button-secondary" onClick={onBack}>
          {i18next.t('drill.allKpis')}
        </button>
        <h2 id="dashboard-title" ref={headingRef} tabIndex={-1}>
          {i18next.t('drill.compare.title')}
        </h2>
        <div className="scope-field push-right">
          <label className="scope-label" htmlFor={pickerId}>
            {i18next.t('drill.compare.kpi')}
          </label>
          <select
            id={pickerId}
            value={kpi}
            onChange={(event) => {
              if (isKpiKey(event.target.value)) onPickKpi(event.target.value);
            }}
          >
            {KPI_KEYS.map((key) => (
              <option key={key} value={key}>
                {kpiLabel(key)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="dash-hint">
        {i18next.t('drill.compare.hint', { from: fmt.date(scope.from), to: fmt.date(scope.to) })}
      </p>
      {answer.error ? (
        <p className="form-error" role="alert">
          {i18next.t('drill.compare.failed', { message: answer.error })}
        </p>
      ) : !answer.data ? (
        <p className="empty-note">{i18next.t('drill.loading')}</p>
      ) : rows.every((row) => row.result.value === null) ? (
        <p className="empty-note">{i18next.t('drill.compare.noData', { label: kpiLabel(kpi) })}</p>
      ) : (
        <div className="compare-layout" aria-busy={answer.loading}>
          <section className="panel dash-section" aria-label={i18next.t('drill.compare.chart')}>
            <ComparisonChart
              rows={rows.map((row) => ({
                id: row.client_id,
                name: row.client_name,
                value: row.result.value,
                target: row.target,
                status: row.status,
              }))}
              seriesName={kpiShortLabel(kpi)}
              axisTitle={UNIT_WORDS[unit]}
              formatValue={format}
              formatTick={(value) => formatTick(value, unit)}
              onPick={onPickClient}
            />
          </section>
          <ComparisonTable kpi={kpi} rows={rows} onPickClient={onPickClient} />
        </div>
      )}
    </div>
  );
}
