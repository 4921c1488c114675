import { useState } from 'react';
import type { Row } from '../../../src-shared/db/schema';
import { WORK_ORDER_STATUSES } from '../../../src-shared/domain/enums';
import { TABLE_SPECS } from '../../../src-shared/tables/registry';
import { invoke } from '../../api/client';
import { FormClient, startingClient } from '../../components/form/FormClient';
import { RecordForm } from '../../components/form/RecordForm';
import { codeWords } from '../../components/form/SpecField';
import { useLoad } from '../../components/form/use-load';
import { CsvActions } from '../../components/import/CsvActions';
import { clientIdsOf, useScopeStore } from '../../stores/scope-store';
import type { ScreenProps } from '../registry';
import '../../components/form/screen-kit.css';
import { JobsPanel } from './JobsPanel';
import { WorkOrderFacts } from './WorkOrderFacts';
import { WorkOrdersTable } from './WorkOrdersTable';
import { canPlan, ORDER_GROUPS, ORDER_WIDE } from './work-order-fields';

type Order = Row<'work_order'>;
type Panel = { kind: 'none' } | { kind: 'new' } | { kind: 'order'; id: string };

const LOCKED_KEY = new Set(['work_order_id']);
/** The status filter's "Open": active or on hold, the orders still in work (filtered here, not by the core). */
const OPEN = 'OPEN';
const OPEN_STATUSES: readonly string[] = ['ACTIVE', 'ON_HOLD'];

/** Work orders of the chosen client(s) with their jobs; leaders and up create and edit them. */
export function WorkOrdersScreen({ me }: ScreenProps) {
  const client = useScopeStore((s) => s.client);
  // Open orders first: they are the ones a leader plans, holds and delivers.
  const [status, setStatus] = useState(OPEN);
  const [text, setText] = useState('');
  const [panel, setPanel] = useState<Panel>({ kind: 'none' });
  const [note, setNote] = useState<string | null>(null);
  const [newClient, setNewClient] = useState(() => startingClient(me, client));
  const planner = canPlan(me.role);
  const clientIds = clientIdsOf(client);
  const search = text.trim();

  const [orders, reload] = useLoad(`${client ?? '*'}:${status}:${search}`, () =>
    invoke('workOrders.list', {
      clientIds,
      limit: 1000,
      ...(status && status !== OPEN ? { equals: { status } } : {}),
      ...(search ? { text: search } : {}),
    }),
  );
  const loaded = orders.kind === 'ready' ? orders.data.rows : [];
  const rows = status === OPEN ? loaded.filter((o) => OPEN_STATUSES.includes(o.status ?? '')) : loaded;
  const selected = panel.kind === 'order' ? rows.find((o) => o.work_order_id === panel.id) : undefined;

  function saved(order: Order, words: string): void {
    setNote(`${words} ${order.work_order_id}.`);
    setPanel({ kind: 'order', id: order.work_order_id });
    reload();
  }

  return (
    <section aria-labelledby="orders-title">
      <div className="screen-head">
        <h2 id="orders-title">Work orders</h2>
        {planner && (
          <button
            type="button"
            onClick={() => {
              setNote(null);
              setNewClient(startingClient(me, client));
              setPanel({ kind: 'new' });
            }}
          >
            New work order
          </button>
        )}
        <CsvActions
          table="work_order"
          plural="work orders"
          filter={{ clientIds }}
          canImport={planner}
          onImported={() => reload()}
        />
      </div>
      <div className="filter-bar">
        <label htmlFor="orders-status">Status</label>
        <select id="orders-status" value={status} onChange={(event) => setStatus(event.target.value)}>
          <option value={OPEN}>Open (active or on hold)</option>
          <option value="">All</option>
          {WORK_ORDER_STATUSES.map((s) => (
            <option key={s} value={s}>
              {codeWords(s)}
            </option>
          ))}
        </select>
        <label htmlFor="orders-search">Search</label>
        <input
          id="orders-search"
          type="search"
          value={text}
          placeholder="Order, style, PO…"
          onChange={(event) => setText(event.target.value)}
        />
        {orders.kind === 'ready' && (
          <span className="field-hint">
            {orders.data.total === loaded.length
              ? `${rows.length} ${rows.length === 1 ? 'order' : 'orders'}`
              : `${rows.length} of the first ${loaded.length} of ${orders.data.total} orders: search to narrow`}
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
          {orders.kind === 'loading' ? (
            <p role="status">Loading work orders…</p>
          ) : orders.kind === 'failed' ? (
            <p className="form-error" role="alert">
              The work orders could not be loaded: {orders.message}
            </p>
          ) : rows.length === 0 ? (
            <p className="empty-state">
              <strong>No work orders match.</strong>{' '}
              {status || search
                ? 'Clear the status or the search to see more.'
                : planner
                  ? 'Use New work order, or Import CSV… to bring in the order book.'
                  : 'A leader adds them; ask yours if one is missing.'}
            </p>
          ) : (
            <WorkOrdersTable
              orders={rows}
              selectedId={selected?.work_order_id ?? null}
              showClient={client === null}
              onSelect={(order) => {
                setNote(null);
                setPanel({ kind: 'order', id: order.work_order_id });
              }}
            />
          )}
        </div>
        <aside aria-label="Work order details" className="side-panel">
          {panel.kind === 'new' ? (
            <RecordForm
              key={`new:${newClient}`}
              spec={TABLE_SPECS.work_order}
              title="New work order"
              groups={ORDER_GROUPS}
              row={null}
              defaults={{ status: 'ACTIVE' }}
              base={{ client_id: newClient }}
              wide={ORDER_WIDE}
              save={(values) => invoke('workOrders.create', { ...values, client_id: newClient })}
              onSaved={(order) => saved(order, 'Added work order')}
              onCancel={() => setPanel({ kind: 'none' })}
            >
              <FormClient
                id="order-new-client"
                me={me}
                scopeClient={client}
                value={newClient}
                onChange={setNewClient}
              />
            </RecordForm>
          ) : selected ? (
            <>
              {planner ? (
                <RecordForm
                  key={`${selected.work_order_id}:${selected.version}`}
                  spec={TABLE_SPECS.work_order}
                  title={`Work order ${selected.work_order_id}`}
                  groups={ORDER_GROUPS}
                  row={selected}
                  locked={LOCKED_KEY}
                  wide={ORDER_WIDE}
                  save={(_, changes) =>
                    invoke('workOrders.update', {
                      key: { work_order_id: selected.work_order_id },
                      version: selected.version,
                      changes,
                    })
                  }
                  onSaved={(order) => saved(order, 'Saved work order')}
                  onConflict={() => {
                    setNote('Someone else changed this order; reloaded.');
                    reload();
                  }}
                  onCancel={() => setPanel({ kind: 'none' })}
                />
              ) : (
                <WorkOrderFacts order={selected} />
              )}
              <JobsPanel order={selected} canEdit={planner} />
            </>
          ) : (
            <p className="empty-state">Pick a work order to see its details and jobs.</p>
          )}
        </aside>
      </div>
    </section>
  );
}
