import { useState } from 'react';
import type { Row } from '../../../src-shared/db/schema';
import { invoke } from '../../api/client';
import { useLoad } from '../../components/form/use-load';
import { CsvActions } from '../../components/import/CsvActions';
import { choiceLabel } from '../../stores/client-choice';
import { clientIdsOf, useScopeStore } from '../../stores/scope-store';
import { useDateRange } from '../../stores/use-date-range';
import type { ScreenProps } from '../registry';
import '../../components/form/screen-kit.css';
import { HoldPanel } from './HoldPanel';
import { HoldsTable } from './HoldsTable';
import { isHoldStatus, OPEN_STATUSES } from './hold-actions';
import { RequestHoldForm } from './RequestHoldForm';

type Hold = Row<'hold_entry'>;
type Panel = { kind: 'none' } | { kind: 'request' } | { kind: 'hold'; id: string };

/** Decisions waiting first, then the longest-held: what a supervisor acts on comes to the top. */
function openFirst(holds: readonly Hold[]): Hold[] {
  const waiting = (h: Hold) => (h.hold_status.startsWith('PENDING') ? 0 : 1);
  return holds
    .filter((h) => isHoldStatus(h.hold_status) && OPEN_STATUSES.includes(h.hold_status))
    .sort((a, b) => waiting(a) - waiting(b) || a.hold_date.localeCompare(b.hold_date));
}

/** Holds of the chosen client(s): open ones (any date) or all of the period, the request form and the workflow. */
export function HoldsScreen({ me }: ScreenProps) {
  const client = useScopeStore((s) => s.client);
  const { from, to } = useDateRange();
  const [show, setShow] = useState<'open' | 'period'>('open');
  const [panel, setPanel] = useState<Panel>({ kind: 'none' });
  const [note, setNote] = useState<string | null>(null);
  const clientIds = clientIdsOf(client);
  const scopeKey = `${client ?? '*'}:${show}:${show === 'period' ? `${from}:${to}` : ''}`;

  const [holds, reloadHolds] = useLoad(scopeKey, () =>
    invoke('holds.list', { clientIds, limit: 1000, ...(show === 'period' ? { from, to } : {}) }),
  );
  const [orders, reloadOrders] = useLoad(`orders:${client ?? '*'}`, () =>
    invoke('workOrders.list', { clientIds, limit: 1000 }),
  );

  const all = holds.kind === 'ready' ? holds.data.rows : [];
  const rows = show === 'open' ? openFirst(all) : all;
  // Looked up among all loaded holds: one just resumed or cancelled leaves the open list but stays open here.
  const selected = panel.kind === 'hold' ? all.find((h) => h.hold_entry_id === panel.id) : undefined;
  const orderStatus = (workOrderId: string) =>
    orders.kind === 'ready'
      ? (orders.data.rows.find((o) => o.work_order_id === workOrderId)?.status ?? undefined)
      : undefined;

  function changed(message: string): void {
    setNote(message);
    reloadHolds();
    reloadOrders();
  }

  return (
    <section aria-labelledby="holds-title">
      <div className="screen-head">
        <h2 id="holds-title">Holds</h2>
        <button
          type="button"
          onClick={() => {
            setNote(null);
            setPanel({ kind: 'request' });
          }}
        >
          Request a hold
        </button>
        <CsvActions
          table="hold_entry"
          plural="holds"
          filter={{ clientIds, from, to }}
          onImported={() => changed('Holds imported.')}
        />
      </div>
      <div className="filter-bar">
        <label htmlFor="holds-show">Show</label>
        <select
          id="holds-show"
          value={show}
          onChange={(event) => setShow(event.target.value === 'period' ? 'period' : 'open')}
        >
          <option value="open">Open holds (any date)</option>
          <option value="period">All holds placed in the period</option>
        </select>
        {holds.kind === 'ready' && (
          <span className="field-hint">
            {rows.length} {rows.length === 1 ? 'hold' : 'holds'} · {choiceLabel(me, client)}
          </span>
        )}
      </div>
      {note && (
        <p className="screen-note" role="status">
          {note}
        </p>
      )}
      <div className="screen-split">
        <div>
          {holds.kind === 'loading' ? (
            <p role="status">Loading holds…</p>
          ) : holds.kind === 'failed' ? (
            <p className="form-error" role="alert">
              The holds could not be loaded: {holds.message}
            </p>
          ) : rows.length === 0 ? (
            <p className="empty-state">
              <strong>{show === 'open' ? 'No open holds.' : 'No holds were placed in this period.'}</strong>{' '}
              To stop a work order, use <em>Request a hold</em>.
            </p>
          ) : (
            <HoldsTable
              holds={rows}
              selectedId={selected?.hold_entry_id ?? null}
              showClient={client === null}
              onSelect={(hold) => {
                setNote(null);
                setPanel({ kind: 'hold', id: hold.hold_entry_id });
              }}
            />
          )}
        </div>
        <aside aria-label="Hold details">
          {panel.kind === 'request' ? (
            <RequestHoldForm
              me={me}
              scopeClient={client}
              onCancel={() => setPanel({ kind: 'none' })}
              onRequested={(hold) => {
                // A new request is open whatever the period: switch to the open list so it shows.
                setShow('open');
                setPanel({ kind: 'hold', id: hold.hold_entry_id });
                changed(`Hold requested for ${hold.work_order_id}: a leader approves it next.`);
              }}
            />
          ) : selected ? (
            <HoldPanel
              key={`${selected.hold_entry_id}:${selected.version}`}
              me={me}
              hold={selected}
              orderStatus={orderStatus(selected.work_order_id)}
              onChanged={changed}
            />
          ) : (
            <p className="side-panel empty-state">
              Pick a hold in the list to see it and act on it, or use <em>Request a hold</em>.
            </p>
          )}
        </aside>
      </div>
    </section>
  );
}
