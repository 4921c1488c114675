import { useState } from 'react';
import type { KpiKey } from '../../../src-shared/kpi/result';
import { ReportButton } from '../../components/reports/ReportButton';
import { useScopeStore } from '../../stores/scope-store';
import type { ScreenProps } from '../screen-props';
import { CardsView } from './CardsView';
import { CompareView } from './CompareView';
import { KpiDetailView } from './KpiDetailView';
import { useInvoke } from './use-invoke';
import { useKpiScope } from './use-kpi-scope';
import './dashboard.css';

/** What the dashboard shows: the cards, one card's drill-down, or the clients side by side. */
type View =
  | { kind: 'cards'; focus: KpiKey | null }
  | { kind: 'detail'; kpi: KpiKey }
  | { kind: 'compare'; kpi: KpiKey; from: KpiKey | null };

/**
 * The KPIs of the chosen client(s) and period: a card each, a drill-down per card and, for users
 * with several clients, a side-by-side comparison. The cards stay loaded while a drill-down is
 * open, so going back is instant.
 */
export function DashboardScreen({ me }: ScreenProps) {
  const scope = useKpiScope();
  const pickClient = useScopeStore((s) => s.pickClient);
  const board = useInvoke('kpi.dashboard', scope);
  const [view, setView] = useState<View>({ kind: 'cards', focus: null });
  const severalClients = me.clients.length > 1;
  const toCards = (focus: KpiKey | null) => setView({ kind: 'cards', focus });

  if (!scope) {
    return (
      <div className="dashboard">
        <h2 id="dashboard-title">Dashboard</h2>
        <p className="empty-note">Pick a period above to see the KPIs.</p>
      </div>
    );
  }

  if (view.kind === 'compare') {
    return (
      <div className="dashboard">
        <CompareView
          kpi={view.kpi}
          scope={scope}
          onPickKpi={(kpi) => setView({ ...view, kpi })}
          onPickClient={(clientId) => {
            pickClient(clientId);
            toCards(null);
          }}
          onBack={() => (view.from ? setView({ kind: 'detail', kpi: view.from }) : toCards(null))}
        />
      </div>
    );
  }

  const data = board.data;
  const card = view.kind === 'detail' ? data?.cards.find((c) => c.key === view.kpi) : undefined;
  return (
    <div className="dashboard" aria-busy={board.loading}>
      {view.kind === 'detail' && card && data ? (
        <KpiDetailView
          key={card.key}
          card={card}
          scope={scope}
          trendBy={data.trendBy}
          showClient={data.scope.clients.length > 1}
          onBack={() => toCards(card.key)}
          onCompare={severalClients ? (kpi) => setView({ kind: 'compare', kpi, from: kpi }) : undefined}
        />
      ) : (
        <>
          <div className="view-head">
            <h2 id="dashboard-title">Dashboard</h2>
            <span className="push-right">
              <ReportButton
                me={me}
                defaults={() => ({
                  kind: scope.from === scope.to ? 'daily' : 'weekly',
                  clientId: scope.clientIds?.length === 1 ? (scope.clientIds[0] ?? null) : null,
                  from: scope.from,
                  to: scope.to,
                })}
              />
            </span>
            {severalClients && (
              <button
                type="button"
                className="button-secondary"
                onClick={() => setView({ kind: 'compare', kpi: 'oee', from: null })}
              >
                Compare clients
              </button>
            )}
          </div>
          {board.error ? (
            <div className="panel panel-error" role="alert">
              <p>The KPIs could not be loaded: {board.error}</p>
            </div>
          ) : !data ? (
            <p role="status">Loading KPIs…</p>
          ) : (
            <CardsView
              board={data}
              focusKpi={view.kind === 'cards' ? view.focus : null}
              onOpen={(kpi) => setView({ kind: 'detail', kpi })}
            />
          )}
        </>
      )}
    </div>
  );
}
