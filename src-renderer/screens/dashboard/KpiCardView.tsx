import type { KpiCard } from '../../../src-shared/kpi/dashboard';
import { kpiDefinition } from '../../../src-shared/kpi/definitions/registry';
import type { KpiKey } from '../../../src-shared/kpi/result';
import { Sparkline } from '../../components/charts/Sparkline';
import { i18next } from '../../i18n/i18n';
import { useScopeStore } from '../../stores/scope-store';
import { kpiHelpId } from '../help/kpi-help';
import { CheckTheData } from './CheckTheData';
import { EstimatedBadge } from './EstimatedBadge';
import { formatKpi, formatKpiOrNoData, kpiLabel, STATUS_LABELS } from './kpi-format';
import { OeeFactors } from './OeeFactors';
import { WARNING_SHORT } from './provenance';
import { sparklineDescription } from './sparkline-text';

interface KpiCardViewProps {
  card: KpiCard;
  /** Opens the card's drill-down. */
  onOpen(kpi: KpiKey): void;
}

/** The id of a card's open button, so the dashboard can give it the focus back after a drill-down. */
export function cardButtonId(kpi: KpiKey): string {
  return `kpi-open-${kpi}`;
}

/**
 * One KPI: its value ("No data", never 0, when nothing fed it), the target, its status in colour
 * and in words, a sparkline, OEE's factors, warnings and the estimated badge. The whole card opens
 * the drill-down (its title is the button, stretched over the card by CSS, so Enter works too).
 */
export function KpiCardView({ card, onOpen }: KpiCardViewProps) {
  const { result, status, target } = card;
  const label = kpiLabel(card.key);
  const valueId = `kpi-value-${card.key}`;
  const openScreen = useScopeStore((s) => s.openScreen);
  return (
    <li className={`kpi-card${status ? ` kpi-${status}` : ''}`} data-testid={`kpi-${card.key}`}>
      <h3>
        <button
          type="button"
          id={cardButtonId(card.key)}
          className="kpi-open"
          aria-describedby={valueId}
          onClick={() => onOpen(card.key)}
        >
          {label}
          <span className="kpi-open-arrow" aria-hidden="true">
            ›
          </span>
        </button>
      </h3>
      <p className="kpi-value" id={valueId} data-testid="kpi-value">
        {formatKpiOrNoData(result.value, result.unit)}
      </p>
      {/* No status with a target means no value yet: the target alone is said, not "No target". */}
      {(status || target === null) && (
        <p className="kpi-status">{status ? STATUS_LABELS[status] : i18next.t('dash.noTarget')}</p>
      )}
      {target !== null && (
        <p className="kpi-note">{i18next.t('dash.target', { value: formatKpi(target, result.unit) })}</p>
      )}
      {status === 'check' && <CheckTheData card={card} />}
      {card.key === 'oee' && <OeeFactors result={result} />}
      {kpiDefinition(card.key).asOfDate ? (
        <p className="kpi-note kpi-as-of">
          {card.key === 'wip_aging' ? i18next.t('dash.openOrders') : i18next.t('dash.openHolds')}
        </p>
      ) : (
        <Sparkline
          points={card.trend.map((point) => ({ key: point.key, value: point.result.value }))}
          description={sparklineDescription(card)}
        />
      )}
      {result.warnings.map((warning) => (
        <p key={warning} className="kpi-warning">
          {WARNING_SHORT[warning]}
        </p>
      ))}
      {(result.estimated || result.warnings.length > 0) && <EstimatedBadge kpi={card.key} result={result} />}
      <button
        type="button"
        className="kpi-help-link"
        aria-label={i18next.t('dash.howWorkedOut', { label })}
        title={i18next.t('dash.howWorkedOutHelp', { label })}
        onClick={() => openScreen('help', kpiHelpId(card.key))}
      >
        ?
      </button>
    </li>
  );
}
