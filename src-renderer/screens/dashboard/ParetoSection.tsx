import { useId } from 'react';
import type { ParetoBreakdown } from '../../../src-shared/kpi/definition';
import type { ReferenceList } from '../../../src-shared/tables/column';
import { ParetoChart } from '../../components/charts/ParetoChart';
import { i18next } from '../../i18n/i18n';
import { referenceText } from '../../i18n/reference-labels';
import { paretoWords } from './breakdown-plan';
import { formatAmount, formatNumber, formatShare } from './kpi-format';
import { useInvoke } from './use-invoke';
import type { KpiScope } from './use-kpi-scope';

// The chart keeps to the causes that matter; the table beside it lists every one.
const CHART_BARS = 10;

/** The amount column's heading from the unit the engine gives ("hours" → "Hours"). */
function unitHeading(unit: string): string {
  if (unit === 'hours') return i18next.t('drill.pareto.hours');
  if (unit === 'defects') return i18next.t('drill.pareto.defects');
  return i18next.t('drill.pareto.amount');
}

/** The unit after an amount ("354.22 hours"), in the current language. */
function unitWord(unit: string): string {
  return unitHeading(unit).toLocaleLowerCase(i18next.language);
}

/** The plant list each Pareto's causes come from. */
const CAUSE_LIST: Record<ParetoBreakdown, ReferenceList> = {
  downtime_by_reason: 'downtime_reason',
  defects_by_type: 'defect_type',
  absence_by_type: 'absence_type',
};

/** A cause's words: "not recorded" and a list's shipped entries in the user's language, the plant's own as written. */
function causeText(kind: ParetoBreakdown, row: { key: string; label: string }): string {
  if (row.key === 'NOT_RECORDED') return i18next.t('drill.pareto.notRecorded');
  return referenceText(CAUSE_LIST[kind], row.key, row.label);
}

/** A Pareto of one breakdown (downtime by reason, defects by type, absence by type): chart and table. */
export function ParetoSection({ kind, scope }: { kind: ParetoBreakdown; scope: KpiScope }) {
  const words = paretoWords(kind);
  const titleId = useId();
  const answer = useInvoke('kpi.breakdown', { ...scope, kind, limit: 50 });
  const data = answer.data;
  const rows = data && 'unit' in data ? data.rows : [];
  const unit = data && 'unit' in data ? data.unit : '';
  return (
    <section
      className="panel dash-section"
      aria-labelledby={titleId}
      aria-busy={answer.loading}
      data-testid={`breakdown-${kind}`}
    >
      <h3 id={titleId}>{words.title}</h3>
      {answer.error ? (
        <p className="form-error" role="alert">
          {i18next.t('drill.breakdownFailed', { message: answer.error })}
        </p>
      ) : !data ? (
        <p className="empty-note">{i18next.t('drill.loading')}</p>
      ) : rows.length === 0 ? (
        <p className="empty-note">{words.empty}</p>
      ) : (
        <div className="breakdown-layout">
          <ParetoChart
            rows={rows.slice(0, CHART_BARS).map((row) => ({ ...row, label: causeText(kind, row) }))}
            amountName={words.amountName}
            causeName={words.causeName}
            formatAmount={(value) => formatAmount(value, unitWord(unit))}
            formatShare={formatShare}
          />
          <div className="table-scroll">
            <table className="dash-table">
              <caption className="dash-sr-only">
                {i18next.t('drill.pareto.caption', { title: words.title })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{words.causeName}</th>
                  <th scope="col" className="num">
                    {unitHeading(unit)}
                  </th>
                  <th scope="col" className="num">
                    {i18next.t('drill.pareto.share')}
                  </th>
                  <th scope="col" className="num">
                    {i18next.t('drill.pareto.cumulative')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.key}>
                    <th scope="row">{causeText(kind, row)}</th>
                    <td className="num">{formatNumber(row.value)}</td>
                    <td className="num">{formatShare(row.share)}</td>
                    <td className="num">{formatShare(row.cumulative)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
}
