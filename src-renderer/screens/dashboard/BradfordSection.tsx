import { useId } from 'react';
import type { BradfordRow } from '../../../src-shared/kpi/report';
import { formatCount } from './kpi-format';
import { useInvoke } from './use-invoke';
import type { KpiScope } from './use-kpi-scope';

/** KPIS.md #10b's bands in words, with what each asks of a supervisor. */
export const BAND_WORDS: Record<BradfordRow['band'], string> = {
  low: 'Low',
  monitor: 'Monitor',
  formal_review: 'Formal review',
  critical: 'Critical',
};

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
      <h3 id={titleId}>Bradford factor</h3>
      <p className="section-note">
        Score = spells² × days absent. Bands: under 50 low, 50–124 monitor, 125–249 formal review, 250 or more
        critical.
      </p>
      {answer.error ? (
        <p className="form-error" role="alert">
          The Bradford list could not be loaded: {answer.error}
        </p>
      ) : !answer.data ? (
        <p className="empty-note">Loading…</p>
      ) : rows.length === 0 ? (
        <p className="empty-note">No absences in this period, so no Bradford scores.</p>
      ) : (
        <div className="table-scroll">
          <table className="dash-table">
            <caption className="dash-sr-only">Bradford factor per employee, highest first</caption>
            <thead>
              <tr>
                <th scope="col">Employee</th>
                {showClient && <th scope="col">Client</th>}
                <th scope="col" className="num">
                  Spells
                </th>
                <th scope="col" className="num">
                  Days absent
                </th>
                <th scope="col" className="num">
                  Score
                </th>
                <th scope="col">Band</th>
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
