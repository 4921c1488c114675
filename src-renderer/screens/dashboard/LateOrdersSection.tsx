import { useId } from 'react';
import { formatCount } from './kpi-format';
import { useInvoke } from './use-invoke';
import type { KpiScope } from './use-kpi-scope';

/** OTD's late and overdue orders, most days late first. */
export function LateOrdersSection({ scope, showClient }: { scope: KpiScope; showClient: boolean }) {
  const titleId = useId();
  const answer = useInvoke('kpi.breakdown', { ...scope, kind: 'late_orders', limit: 50 });
  const rows = answer.data?.kind === 'late_orders' ? answer.data.rows : [];
  return (
    <section
      className="panel dash-section"
      aria-labelledby={titleId}
      aria-busy={answer.loading}
      data-testid="breakdown-late_orders"
    >
      <h3 id={titleId}>Late and overdue orders</h3>
      <p className="section-note">
        Orders promised in this period that were delivered late, or are past the promised date and not
        delivered.
      </p>
      {answer.error ? (
        <p className="form-error" role="alert">
          The late orders could not be loaded: {answer.error}
        </p>
      ) : !answer.data ? (
        <p className="empty-note">Loading…</p>
      ) : rows.length === 0 ? (
        <p className="empty-note">No late or overdue orders in this period.</p>
      ) : (
        <div className="table-scroll">
          <table className="dash-table">
            <caption className="dash-sr-only">Late and overdue orders, most days late first</caption>
            <thead>
              <tr>
                <th scope="col">Work order</th>
                {showClient && <th scope="col">Client</th>}
                <th scope="col">Style</th>
                <th scope="col">Promised</th>
                <th scope="col">Delivered</th>
                <th scope="col" className="num">
                  Days late
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.work_order_id}>
                  <th scope="row">{row.work_order_id}</th>
                  {showClient && <td>{row.client_id}</td>}
                  <td>{row.style_model ?? '—'}</td>
                  <td>
                    {row.promised_date}
                    {row.confidence < 1 && <span className="dash-muted"> (estimated)</span>}
                  </td>
                  <td>{row.delivered_date ?? <strong>Not delivered</strong>}</td>
                  <td className="num">{formatCount(row.days_late)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
