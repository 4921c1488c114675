import { useState } from 'react';
import { WORK_ORDER_STATUS_LABELS } from '../../../src-shared/domain/enum-labels';
import { WORK_ORDER_STATUSES } from '../../../src-shared/domain/enums';
import { DataGrid } from '../../components/grid/DataGrid';
import { PickOneClient } from '../../components/grid/PickOneClient';
import { useEntryClient } from '../../components/grid/use-entry-client';
import { CsvActions } from '../../components/import/CsvActions';
import type { ScreenProps } from '../screen-props';
import '../../components/form/screen-kit.css';
import { JOB_COLUMNS, JOB_MORE, ORDER_COLUMNS, ORDER_MORE } from './order-columns';
import { canPlan } from './work-order-fields';

const OPEN = 'OPEN';

/** Work orders of the chosen client as a grid, and the jobs of the order under the cursor below it. */
export function WorkOrdersScreen({ me }: ScreenProps) {
  const client = useEntryClient();
  // Open orders first: the ones a leader plans and the floor works on.
  const [status, setStatus] = useState(OPEN);
  const [orderId, setOrderId] = useState<string | null>(null);
  const [imported, setImported] = useState(0);
  // Operators read the order book; leaders and up plan it (DATA.md § Roles).
  const planner = canPlan(me.role);
  const statuses = status === OPEN ? ['ACTIVE', 'ON_HOLD'] : status;
  // Searching an order, style or PO is the grid's own search.
  const filter = status ? { equals: { status: statuses } } : {};

  return (
    <section aria-labelledby="orders-title">
      <h2 id="orders-title">Work orders</h2>
      {client === null ? (
        <PickOneClient
          me={me}
          what="Work orders"
          message="Work orders are kept per client. Pick the client whose orders to see:"
        />
      ) : (
        <>
          <div className="filter-bar">
            <label htmlFor="orders-status">Status</label>
            <select id="orders-status" value={status} onChange={(event) => setStatus(event.target.value)}>
              <option value={OPEN}>Open (active or on hold)</option>
              <option value="">All</option>
              {WORK_ORDER_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {WORK_ORDER_STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </div>
          <DataGrid
            domain="workOrders"
            clientId={client}
            filter={filter}
            columns={ORDER_COLUMNS}
            more={ORDER_MORE}
            fixed={{ client_id: client }}
            defaults={{ status: 'ACTIVE' }}
            readOnly={!planner}
            reloadToken={imported}
            // On the new-row line the jobs of the last order stay, with any of their rows not saved yet.
            onActiveRow={(row) => {
              if (typeof row?.work_order_id === 'string') setOrderId(row.work_order_id);
            }}
            actions={
              <CsvActions
                table="work_order"
                plural="work orders"
                filter={{ clientIds: [client] }}
                canImport={planner}
                onImported={() => setImported((n) => n + 1)}
              />
            }
            title={`Work orders · ${client}`}
            empty={
              status
                ? 'No work orders match: pick another status to see more.'
                : planner
                  ? 'No work orders yet. Type one in the last row, or use Import CSV… to bring in the order book.'
                  : 'No work orders yet. A leader adds them; ask yours if one is missing.'
            }
          />
          {orderId === null ? (
            <p className="empty-state">Move the cursor to a saved work order to see its jobs here.</p>
          ) : (
            <DataGrid
              domain="jobs"
              clientId={client}
              filter={{ equals: { work_order_id: orderId } }}
              columns={JOB_COLUMNS}
              more={JOB_MORE}
              fixed={{ client_id: client, work_order_id: orderId }}
              readOnly={!planner}
              title={`Jobs of ${orderId}`}
              empty={
                planner
                  ? `No jobs for ${orderId}. Type its line items in the last row.`
                  : `No jobs for ${orderId}.`
              }
            />
          )}
        </>
      )}
    </section>
  );
}
