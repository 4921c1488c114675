import { Fragment } from 'react';
import type { KpiResult } from '../../../src-shared/kpi/result';
import { i18next } from '../../i18n/i18n';
import { formatKpiOrNoData, kpiShortLabel } from './kpi-format';

const FACTORS = [
  { key: 'availability', letter: 'letterA', name: 'availability' },
  { key: 'performance', letter: 'letterP', name: 'performance' },
  { key: 'quality_rate', letter: 'letterQ', name: 'quality' },
] as const;

/** OEE's three factors as used (performance and quality capped at 100 %), null where one has no data. */
export function oeeFactors(result: KpiResult): { letter: string; name: string; value: number | null }[] {
  const details = result.details;
  const factors = details && 'factors' in details ? details.factors : null;
  return FACTORS.map(({ key, letter, name }) => ({
    letter: i18next.t(`drill.oee.${letter}`),
    name: i18next.t(`drill.oee.${name}`),
    value: factors?.[key] ?? null,
  }));
}

/**
 * OEE broken into A × P × Q. On a card: each letter above its value, side by side. `wide` (the
 * drill-down) spells the factors out, one per line, down to the product. Nothing when no factor has data.
 */
export function OeeFactors({ result, wide = false }: { result: KpiResult; wide?: boolean }) {
  const factors = oeeFactors(result);
  if (factors.every((factor) => factor.value === null)) return null;
  const spoken = factors
    .map((f) => `${f.name} ${formatKpiOrNoData(f.value, '%')}`)
    .join(i18next.t('drill.oee.times'));
  if (wide) {
    return (
      <table className="oee-breakdown" data-testid="oee-factors">
        <caption className="dash-sr-only">{i18next.t('drill.oee.caption')}</caption>
        <tbody>
          {factors.map((factor, index) => (
            <tr key={factor.letter}>
              <td className="oee-times">{index > 0 ? '×' : ''}</td>
              <th scope="row">
                {factor.name} ({factor.letter})
              </th>
              <td className="num">{formatKpiOrNoData(factor.value, '%')}</td>
            </tr>
          ))}
          <tr className="oee-product">
            <td className="oee-times">=</td>
            <th scope="row">{kpiShortLabel('oee')}</th>
            <td className="num">{formatKpiOrNoData(result.value, '%')}</td>
          </tr>
        </tbody>
      </table>
    );
  }
  return (
    <p className="oee-factors" data-testid="oee-factors">
      <span className="dash-sr-only">{spoken}</span>
      {factors.map((factor, index) => (
        <Fragment key={factor.letter}>
          {index > 0 && (
            <span className="oee-times" aria-hidden="true">
              ×
            </span>
          )}
          <span className="oee-factor" aria-hidden="true">
            <span className="oee-letter" title={factor.name}>
              {factor.letter}
            </span>
            <span className="oee-number">{formatKpiOrNoData(factor.value, '%')}</span>
          </span>
        </Fragment>
      ))}
    </p>
  );
}
