import { useId } from 'react';
import { fmt } from '../../i18n/fmt';
import { i18next } from '../../i18n/i18n';
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
      <h3 id={titleId}>{i18next.t('drill.late.title')}</h3>
      <p className="section-note">{i18next.t('drill.late.note')}</p>
      {answer.error ? (
        <p className="form-error" role="alert">
          {i18next.t('drill.late.failed', { message: answer.error })}
        </p>
      ) : !answer.data ? (
        <p className="empty-note">{i18next.t('drill.loading')}</p>
      ) : rows.length === 0 ? (
        <p className="empty-note">{i18next.t('drill.late.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="dash-table">
            <caption className="dash-sr-only">{i18next.t('drill.late.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{i18next.t('drill.workOrder')}</th>
                {showClient && <th scope="col">{i18next.t('drill.client')}</th>}
                <th scope="col">{i18next.t('drill.style')}</th>
                <th scope="col">{i18next.t('drill.late.promised')}</th>
                <th scope="col">{i18next.t('drill.late.delivered')}</th>
                <th scope="col" className="num">
                  {i18next.t('drill.late.daysLate')}
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
                    {fmt.date(row.promised_date)}
                    {row.confidence < 1 && (
                      <span className="dash-muted">{i18next.t('drill.late.estimated')}</span>
                    )}
                  </td>
                  <td>
                    {row.delivered_date ? (
                      fmt.date(row.delivered_date)
                    ) : (
                      <strong>{i18next.t('drill.late.notDelivered')}</strong>
                    )}
                  </td>
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
