import { useId } from 'react';
import { codeWords } from './breakdown-rows';
import { formatCount } from './kpi-format';
import { useInvoke } from './use-invoke';
import type { KpiScope } from './use-kpi-scope';

/** Holds open 30 days or more as of today, oldest first. */
export function ChronicHoldsSection({ scope, showClient }: { scope: KpiScope; showClient: boolean }) {
  const titleId = useId();
  const answer = useInvoke('kpi.breakdown', { ...scope, kind: 'chronic_holds', limit: 50 });
  const rows = answer.data?.kind === 'chronic_holds' ? answer.data.rows : [];
  return (
    <section
      className="panel dash-section"
      aria-labelledby={titleId}
      aria-busy={answer.loading}
      data-testid="breakdown-chronic_holds"
    >
      <h3 id={titleId}>Chronic holds (open 30 days or more)</h3>
      {answer.error ? (
        <p className="form-error" role="alert">
          The chronic holds could not be loaded: {answer.error}
        </p>
      ) : !answer.data ? (
        <p className="empty-note">Loading…</p>
      ) : rows.length === 0 ? (
        <p className="empty-note">No hold has been open for 30 days or more.</p>
      ) : (
        <div className="table-scroll">
          <table className="dash-table">
            <caption className="dash-sr-only">Chronic holds, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">Work order</th>
                {showClient && <th scope="col">Client</th>}
                <th scope="col">Reason</th>
                <th scope="col">On hold since</th>
                <th scope="col" className="num">
                  Days on hold
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.hold_entry_id}>
                  <th scope="row">{row.work_order_id}</th>
                  {showClient && <td>{row.client_id}</td>}
                  <td>{codeWords(row.hold_reason)}</td>
                  <td>{row.hold_date}</td>
                  <td className="num">{formatCount(row.age)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
