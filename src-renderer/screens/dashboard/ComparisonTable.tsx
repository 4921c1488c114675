import type { ClientComparison } from '../../../src-shared/kpi/dashboard';
import type { KpiKey } from '../../../src-shared/kpi/result';
import { i18next } from '../../i18n/i18n';
import { formatKpi, formatKpiOrNoData, kpiLabel, STATUS_LABELS } from './kpi-format';
import { estimatedBadgeText } from './provenance';

interface ComparisonTableProps {
  kpi: KpiKey;
  /** Already in display order (worst first). */
  rows: readonly ClientComparison[];
  onPickClient(clientId: string): void;
}

/** The comparison's numbers: each client's value, target and status in words; a client's button narrows the dashboard to it. */
export function ComparisonTable({ kpi, rows, onPickClient }: ComparisonTableProps) {
  return (
    <section className="panel dash-section" aria-label={i18next.t('drill.compare.table')}>
      <table className="dash-table" data-testid="compare-table">
        <caption className="dash-sr-only">
          {i18next.t('drill.compare.caption', { label: kpiLabel(kpi) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{i18next.t('drill.client')}</th>
            <th scope="col" className="num">
              {kpiLabel(kpi)}
            </th>
            <th scope="col" className="num">
              {i18next.t('drill.compare.target')}
            </th>
            <th scope="col">{i18next.t('drill.compare.status')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const estimated = estimatedBadgeText(row.result);
            return (
              <tr key={row.client_id} data-client={row.client_id}>
                <th scope="row">
                  <button
                    type="button"
                    className="link-button"
                    title={i18next.t('drill.compare.showClient', { name: row.client_name })}
                    onClick={() => onPickClient(row.client_id)}
                  >
                    {row.client_id}
                  </button>
                  <span className="client-name">{row.client_name}</span>
                </th>
                <td className="num">
                  {formatKpiOrNoData(row.result.value, row.result.unit)}
                  {estimated && <span className="dash-muted table-note">{estimated}</span>}
                </td>
                <td className="num">{row.target === null ? '—' : formatKpi(row.target, row.result.unit)}</td>
                <td>
                  <span className={row.status ? `status-word status-${row.status}` : 'status-word'}>
                    {row.status
                      ? STATUS_LABELS[row.status]
                      : row.result.value === null
                        ? i18next.t('common.noData')
                        : i18next.t('dash.noTarget')}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
