import type { KpiCard } from '../../../src-shared/kpi/dashboard';
import { i18next } from '../../i18n/i18n';
import { formatKpi, formatKpiOrNoData, STATUS_LABELS } from './kpi-format';
import { OeeFactors } from './OeeFactors';
import { ProvenanceDetails } from './ProvenanceDetails';

/** The drill-down's left column: the value, its status in words, target, OEE's factors and the provenance. */
export function KpiSummary({ card }: { card: KpiCard }) {
  const { result, status, target } = card;
  return (
    <section
      className={`panel kpi-summary${status ? ` kpi-${status}` : ''}`}
      aria-label={i18next.t('dash.valueAndProvenance')}
    >
      <p className="kpi-value">{formatKpiOrNoData(result.value, result.unit)}</p>
      <p className="kpi-status">
        {status && STATUS_LABELS[status]}
        {status && target !== null && (
          <span className="kpi-note">
            {i18next.t('drill.targetNote', { value: formatKpi(target, result.unit) })}
          </span>
        )}
        {!status &&
          (target === null
            ? i18next.t('dash.noTarget')
            : i18next.t('dash.target', { value: formatKpi(target, result.unit) }))}
      </p>
      {card.key === 'oee' && <OeeFactors result={result} wide />}
      <h3 className="summary-heading">{i18next.t('dash.whereFrom')}</h3>
      <ProvenanceDetails kpi={card.key} result={result} />
    </section>
  );
}
