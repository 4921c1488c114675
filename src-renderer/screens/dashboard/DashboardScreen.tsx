import { useEffect, useState } from 'react';
import type { Dashboard } from '../../../src-shared/kpi/dashboard';
import { errorText, invoke } from '../../api/client';
import { rangeProblem } from '../../stores/date-range';
import { clientIdsOf, useScopeStore } from '../../stores/scope-store';
import { useDateRange } from '../../stores/use-date-range';
import { KpiCardView } from './KpiCardView';

type Board = { kind: 'loading' } | { kind: 'ready'; data: Dashboard } | { kind: 'failed'; message: string };

/** The KPI numbers of the chosen client(s) and period, one card each. */
export function DashboardScreen() {
  const client = useScopeStore((s) => s.client);
  const { from, to } = useDateRange();
  const problem = rangeProblem({ from, to });
  const [board, setBoard] = useState<Board>({ kind: 'loading' });

  useEffect(() => {
    if (problem) return;
    // A slower answer for an earlier pick must not overwrite the one for the current pick.
    let current = true;
    setBoard({ kind: 'loading' });
    void invoke('kpi.dashboard', { clientIds: clientIdsOf(client), from, to }).then((result) => {
      if (!current) return;
      setBoard(
        result.ok
          ? { kind: 'ready', data: result.data }
          : { kind: 'failed', message: errorText(result.error) },
      );
    });
    return () => {
      current = false;
    };
  }, [client, from, to, problem]);

  return (
    <section aria-labelledby="dashboard-title" aria-busy={board.kind === 'loading'}>
      <h2 id="dashboard-title">Dashboard</h2>
      {problem ? (
        <p>Pick a period above to see the KPIs.</p>
      ) : board.kind === 'loading' ? (
        <p role="status">Loading KPIs…</p>
      ) : board.kind === 'failed' ? (
        <div className="panel panel-error" role="alert">
          <p>The KPIs could not be loaded: {board.message}</p>
        </div>
      ) : (
        <>
          {board.data.cards.every((card) => card.result.value === null) && (
            <p className="empty-note">
              Nothing has been recorded for this choice of client and period yet, so every KPI shows no data.
            </p>
          )}
          <ul className="kpi-grid">
            {board.data.cards.map((card) => (
              <KpiCardView key={card.key} card={card} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
