import type { KpiCard } from '../../../src-shared/kpi/dashboard';
import { formatKpi, KPI_LABELS, STATUS_LABELS } from './kpi-format';

/** One KPI: its value and unit, "No data" when nothing fed it, and its colour against the target in words too. */
export function KpiCardView({ card }: { card: KpiCard }) {
  const { result, status, target } = card;
  return (
    <li className={`kpi-card${status ? ` kpi-${status}` : ''}`} data-testid={`kpi-${card.key}`}>
      <h3>{KPI_LABELS[card.key]}</h3>
      <p className="kpi-value">{result.value === null ? 'No data' : formatKpi(result.value, result.unit)}</p>
      {/* No status with a target means no value yet: the target alone is said, not "No target". */}
      {(status || target === null) && (
        <p className="kpi-status">{status ? STATUS_LABELS[status] : 'No target'}</p>
      )}
      {target !== null && <p className="kpi-note">Target {formatKpi(target, result.unit)}</p>}
      {result.estimated && (
        <p className="kpi-note">
          Estimated: {result.inferred_rows} of {result.rows} rows incomplete
        </p>
      )}
    </li>
  );
}
