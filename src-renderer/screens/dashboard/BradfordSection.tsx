import { useId } from 'react';
import type { BradfordRow } from '../../../src-shared/kpi/report';
import { i18next } from '../../i18n/i18n';
import { localizedRecord } from '../../i18n/labels';
import { formatCount } from './kpi-format';
import { useInvoke } from './use-invoke';
import type { KpiScope } from './use-kpi-scope';

/** KPIS.md #10b's bands in words, with what each asks of a supervisor. */
export const BAND_WORDS: Readonly<Record<BradfordRow['band'], string>> = localizedRecord(
  'drill.bradford.bands',
  {
    low: 'Low',
    monitor: 'Monitor',
    formal_review: 'Formal review',
    critical: 'Critical',
  },
);

/** The Bradford list: each employee's spells, days and score (S² × D), highest first, with the band in words. */
export function BradfordSection({ scope, showClient }: { scope: KpiScope; showClient: boolean }) {
  const titleId = useId();
  const answer = useInvoke('kpi.breakdown', { ...scope, kind: 'bradford', limit: 50 });
  const rows = answer.data?.kind === 'bradford' ? answer.data.rows.filter((row) => row.score > 0) : [];
  return (
    <section
      className="panel dash-section"
      aria-labelledby={titleId}
      aria-busy={answer.loading}
      data-testid="breakdown-bradford"
    >
      <h3 id={titleId}>{i18next.t('drill.bradford.title')}</h3>
      <p className="section-note">{i18next.t('drill.bradford.note')}</p>
      {answer.error ? (
        <p className="form-error" role="alert">
          {i18next.t('drill.bradford.failed', { message: answer.error })}
        </p>
      ) : !answer.data ? (
        <p className="empty-note">{i18next.t('drill.loading')}</p>
      ) : rows.length === 0 ? (
        <p className="empty-note">{i18next.t('drill.bradford.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="dash-table">
            <caption className="dash-sr-only">{i18next.t('drill.bradford.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{i18next.t('drill.bradford.employee')}</th>
                {showClient && <th scope="col">{i18next.t('drill.client')}</th>}
                <th scope="col" className="num">
                  {i18next.t('drill.bradford.spells')}
                </th>
                <th scope="col" className="num">
                  {i18next.t('drill.bradford.daysAbsent')}
                </th>
                <th scope="col" className="num">
                  {i18next.t('drill.bradford.score')}
                </th>
                <th scope="col">{i18next.t('drill.bradford.band')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={`${row.client_id}/${row.employee_id}`}>
                  <th scope="row">
                    {row.employee_name ?? row.employee_id}{' '}
                    <span className="dash-muted">({row.employee_id})</span>
                  </th>
                  {showClient && <td>{row.client_id}</td>}
                  <td className="num">{formatCount(row.spells)}</td>
                  <td className="num">{formatCount(row.days)}</td>
                  <td className="num">{formatCount(row.score)}</td>
                  <td>
                    <span className={`band band-${row.band}`}>{BAND_WORDS[row.band]}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
