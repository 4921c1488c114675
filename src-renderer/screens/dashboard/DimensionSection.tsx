import { useId, useState } from 'react';
import type { Dimension } from '../../../src-shared/kpi/dimensions';
import type { KpiKey } from '../../../src-shared/kpi/result';
import { formatKpiOrNoData, kpiLabel } from './kpi-format';
import { useInvoke } from './use-invoke';
import type { KpiScope } from './use-kpi-scope';

/** The splits a production KPI is read by on the floor, in the order a supervisor asks for them. */
export const DIMENSION_CHOICES = [
  { by: 'operation', label: 'Line / operation' },
  { by: 'style', label: 'Style' },
  { by: 'work_order', label: 'Work order' },
  { by: 'shift', label: 'Shift' },
] as const satisfies readonly { by: Dimension; label: string }[];

type Split = (typeof DIMENSION_CHOICES)[number]['by'];

/**
 * A KPI split by line/operation, style, work order or shift: each group's value with its rows, the
 * same engine run as the card (kpi.report grouped), lowest value first so the weak spots lead.
 */
export function DimensionSection({ kpi, scope }: { kpi: KpiKey; scope: KpiScope }) {
  const titleId = useId();
  const pickId = useId();
  const [by, setBy] = useState<Split>('operation');
  const answer = useInvoke('kpi.report', { ...scope, by });
  const words = DIMENSION_CHOICES.find((c) => c.by === by)?.label ?? by;
  const groups = (answer.data?.groups ?? [])
    .map((g) => ({ key: g.key, result: g.kpis[kpi] }))
    .sort(
      (a, b) => (a.result.value ?? Number.POSITIVE_INFINITY) - (b.result.value ?? Number.POSITIVE_INFINITY),
    );
  return (
    <section
      className="panel dash-section"
      aria-labelledby={titleId}
      aria-busy={answer.loading}
      data-testid={`breakdown-by-${kpi}`}
    >
      <h3 id={titleId}>
        {kpiLabel(kpi)} by {words.toLowerCase()}
      </h3>
      <label htmlFor={pickId} className="scope-label">
        Split by
      </label>{' '}
      <select
        id={pickId}
        value={by}
        onChange={(event) => {
          const picked = DIMENSION_CHOICES.find((c) => c.by === event.target.value);
          if (picked) setBy(picked.by);
        }}
      >
        {DIMENSION_CHOICES.map((choice) => (
          <option key={choice.by} value={choice.by}>
            {choice.label}
          </option>
        ))}
      </select>
      {answer.error ? (
        <p className="form-error" role="alert">
          This breakdown could not be loaded: {answer.error}
        </p>
      ) : !answer.data ? (
        <p className="empty-note">Loading…</p>
      ) : groups.length === 0 ? (
        <p className="empty-note">No production in this period.</p>
      ) : (
        <div className="table-scroll">
          <table className="dash-table">
            <caption className="dash-sr-only">
              {kpiLabel(kpi)} by {words.toLowerCase()}, lowest first
            </caption>
            <thead>
              <tr>
                <th scope="col">{words}</th>
                <th scope="col" className="num">
                  {kpiLabel(kpi)}
                </th>
                <th scope="col" className="num">
                  Rows
                </th>
              </tr>
            </thead>
            <tbody>
              {groups.map((g) => (
                <tr key={g.key}>
                  <th scope="row">{g.key === '' ? '(not recorded)' : g.key}</th>
                  <td className="num">{formatKpiOrNoData(g.result.value, g.result.unit)}</td>
                  <td className="num">{g.result.rows}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
