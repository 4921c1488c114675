import { useId, useState } from 'react';
import type { Dimension } from '../../../src-shared/kpi/dimensions';
import type { KpiKey } from '../../../src-shared/kpi/result';
import { i18next } from '../../i18n/i18n';
import { enumText } from '../../i18n/labels';
import { formatCount, formatKpiOrNoData, kpiLabel } from './kpi-format';
import { useInvoke } from './use-invoke';
import type { KpiScope } from './use-kpi-scope';

/** The splits a production KPI is read by on the floor, in the order a supervisor asks for them. */
export const DIMENSION_CHOICES = [
  'operation',
  'style',
  'work_order',
  'shift',
] as const satisfies readonly Dimension[];

type Split = (typeof DIMENSION_CHOICES)[number];

/** A group's name: a shift in words (its code is stored), anything else as recorded. */
function groupName(by: Split, key: string): string {
  if (key === '') return i18next.t('drill.notRecorded');
  return by === 'shift' ? enumText('shift_type', key) : key;
}

/** A split's name as a heading ("Line / operation"). */
function splitLabel(by: Split): string {
  return i18next.t(`drill.dimension.${by}`);
}

/**
 * A KPI split by line/operation, style, work order or shift: each group's value with its rows, the
 * same engine run as the card (kpi.report grouped), lowest value first so the weak spots lead.
 */
export function DimensionSection({ kpi, scope }: { kpi: KpiKey; scope: KpiScope }) {
  const titleId = useId();
  const pickId = useId();
  const [by, setBy] = useState<Split>('operation');
  const answer = useInvoke('kpi.report', { ...scope, by });
  const words = splitLabel(by);
  const lower = i18next.t(`drill.dimension.lower.${by}`);
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
      <h3 id={titleId}>{i18next.t('drill.dimension.title', { label: kpiLabel(kpi), by: lower })}</h3>
      <label htmlFor={pickId} className="scope-label">
        {i18next.t('drill.dimension.splitBy')}
      </label>{' '}
      <select
        id={pickId}
        value={by}
        onChange={(event) => {
          const picked = DIMENSION_CHOICES.find((c) => c === event.target.value);
          if (picked) setBy(picked);
        }}
      >
        {DIMENSION_CHOICES.map((choice) => (
          <option key={choice} value={choice}>
            {splitLabel(choice)}
          </option>
        ))}
      </select>
      {answer.error ? (
        <p className="form-error" role="alert">
          {i18next.t('drill.breakdownFailed', { message: answer.error })}
        </p>
      ) : !answer.data ? (
        <p className="empty-note">{i18next.t('drill.loading')}</p>
      ) : groups.length === 0 ? (
        <p className="empty-note">{i18next.t('drill.dimension.noProduction')}</p>
      ) : (
        <div className="table-scroll">
          <table className="dash-table">
            <caption className="dash-sr-only">
              {i18next.t('drill.dimension.caption', { label: kpiLabel(kpi), by: lower })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{words}</th>
                <th scope="col" className="num">
                  {kpiLabel(kpi)}
                </th>
                <th scope="col" className="num">
                  {i18next.t('drill.dimension.rows')}
                </th>
              </tr>
            </thead>
            <tbody>
              {groups.map((g) => (
                <tr key={g.key}>
                  <th scope="row">{groupName(by, g.key)}</th>
                  <td className="num">{formatKpiOrNoData(g.result.value, g.result.unit)}</td>
                  <td className="num">{formatCount(g.result.rows)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
