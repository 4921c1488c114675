import { useEffect } from 'react';
import type { Dashboard } from '../../../src-shared/kpi/dashboard';
import type { KpiKey } from '../../../src-shared/kpi/result';
import { i18next } from '../../i18n/i18n';
import { cardButtonId, KpiCardView } from './KpiCardView';

interface CardsViewProps {
  board: Dashboard;
  /** Where the focus goes when coming back from a drill-down; null on first open. */
  focusKpi: KpiKey | null;
  onOpen(kpi: KpiKey): void;
}

// The production family: when none of these has a value, nothing was produced in the period.
const PRODUCTION_KPIS: readonly KpiKey[] = ['efficiency', 'performance', 'availability', 'quality_rate'];

/** True when the period has no production at all (WIP and hold aging ignore the period, so they may still show). */
export function noProduction(board: Dashboard): boolean {
  return board.cards
    .filter((card) => PRODUCTION_KPIS.includes(card.key))
    .every((card) => card.result.value === null);
}

/** The grid of KPI cards, with a note saying what to do when the period has no production. */
export function CardsView({ board, focusKpi, onOpen }: CardsViewProps) {
  useEffect(() => {
    if (focusKpi) document.getElementById(cardButtonId(focusKpi))?.focus();
  }, [focusKpi]);

  return (
    <>
      {noProduction(board) && (
        <div className="panel empty-state" role="note">
          <p>
            <strong>{i18next.t('dash.noProductionTitle')}</strong> {i18next.t('dash.noProductionText')}
          </p>
          <p>{i18next.t('dash.noDataNote')}</p>
        </div>
      )}
      <p className="dash-hint">
        {i18next.t('dash.hint', { by: i18next.t(`dash.byLower.${board.trendBy}`) })}
      </p>
      <ul className="kpi-grid">
        {board.cards.map((card) => (
          <KpiCardView key={card.key} card={card} onOpen={onOpen} />
        ))}
      </ul>
    </>
  );
}
