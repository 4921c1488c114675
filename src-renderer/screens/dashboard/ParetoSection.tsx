import { useId } from 'react';
import type { ParetoBreakdown } from '../../../src-shared/kpi/definition';
import { ParetoChart } from '../../components/charts/ParetoChart';
import { PARETO_WORDS } from './breakdown-plan';
import { formatAmount, formatNumber, formatShare } from './kpi-format';
import { useInvoke } from './use-invoke';
import type { KpiScope } from './use-kpi-scope';

// The chart keeps to the causes that matter; the table beside it lists every one.
const CHART_BARS = 10;

/** The amount column's heading: the unit the engine gives ("hours" → "Hours"). */
function unitHeading(unit: string): string {
  return unit ? unit.charAt(0).toUpperCase() + unit.slice(1) : 'Amount';
}

/** A Pareto of one breakdown (downtime by reason, defects by type, absence by type): chart and table. */
export function ParetoSection({ kind, scope }: { kind: ParetoBreakdown; scope: KpiScope }) {
  const words = PARETO_WORDS[kind];
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
          This breakdown could not be loaded: {answer.error}
        </p>
      ) : !data ? (
        <p className="empty-note">Loading…</p>
      ) : rows.length === 0 ? (
        <p className="empty-note">{words.empty}</p>
      ) : (
        <div className="breakdown-layout">
          <ParetoChart
            rows={rows.slice(0, CHART_BARS)}
            amountName={words.amountName}
            causeName={words.causeName}
            formatAmount={(value) => formatAmount(value, unit)}
            formatShare={formatShare}
          />
          <div className="table-scroll">
            <table className="dash-table">
              <caption className="dash-sr-only">{words.title}, largest first</caption>
              <thead>
                <tr>
                  <th scope="col">{words.causeName}</th>
                  <th scope="col" className="num">
                    {unitHeading(unit)}
                  </th>
                  <th scope="col" className="num">
                    Share
                  </th>
                  <th scope="col" className="num">
                    Cumulative
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.key}>
                    <th scope="row">{row.label}</th>
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
