import { useId } from 'react';
import { fmt } from '../../i18n/fmt';
import { i18next } from '../../i18n/i18n';
import { referenceText } from '../../i18n/reference-labels';
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
      <h3 id={titleId}>{i18next.t('drill.chronic.title')}</h3>
      {answer.error ? (
        <p className="form-error" role="alert">
          {i18next.t('drill.chronic.failed', { message: answer.error })}
        </p>
      ) : !answer.data ? (
        <p className="empty-note">{i18next.t('drill.loading')}</p>
      ) : rows.length === 0 ? (
        <p className="empty-note">{i18next.t('drill.chronic.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="dash-table">
            <caption className="dash-sr-only">{i18next.t('drill.chronic.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{i18next.t('drill.workOrder')}</th>
                {showClient && <th scope="col">{i18next.t('drill.client')}</th>}
                <th scope="col">{i18next.t('drill.reason')}</th>
                <th scope="col">{i18next.t('drill.chronic.since')}</th>
                <th scope="col" className="num">
                  {i18next.t('drill.chronic.days')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.hold_entry_id}>
                  <th scope="row">{row.work_order_id}</th>
                  {showClient && <td>{row.client_id}</td>}
                  <td>
                    {row.hold_reason
                      ? referenceText('hold_reason', row.hold_reason, null)
                      : i18next.t('drill.notGiven')}
                  </td>
                  <td>{fmt.date(row.hold_date)}</td>
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
