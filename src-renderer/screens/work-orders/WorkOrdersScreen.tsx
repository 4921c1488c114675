import { useState } from 'react';
import { WORK_ORDER_STATUS_LABELS } from '../../../src-shared/domain/enum-labels';
import { WORK_ORDER_STATUSES } from '../../../src-shared/domain/enums';
import { DataGrid } from '../../components/grid/DataGrid';
import { PickOneClient } from '../../components/grid/PickOneClient';
import { useEntryClient } from '../../components/grid/use-entry-client';
import { CsvActions } from '../../components/import/CsvActions';
import type { ScreenProps } from '../screen-props';
import '../../components/form/screen-kit.css';
import { i18next } from '../../i18n/i18n';
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
      <h2 id="orders-title">{i18next.t('workOrders.title')}</h2>
      {client === null ? (
        <PickOneClient me={me} what={i18next.t('workOrders.title')} message={i18next.t('workOrders.pick')} />
      ) : (
        <>
          <div className="filter-bar">
            <label htmlFor="orders-status">{i18next.t('workOrders.status')}</label>
            <select id="orders-status" value={status} onChange={(event) => setStatus(event.target.value)}>
              <option value={OPEN}>{i18next.t('workOrders.open')}</option>
              <option value="">{i18next.t('workOrders.all')}</option>
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
                plural={i18next.t('workOrders.plural')}
                filter={{ clientIds: [client] }}
                canImport={planner}
                onImported={() => setImported((n) => n + 1)}
              />
            }
            title={i18next.t('workOrders.gridTitle', { client })}
            empty={
              status
                ? i18next.t('workOrders.noMatch')
                : planner
                  ? i18next.t('workOrders.noneYet')
                  : i18next.t('workOrders.noneAsk')
            }
          />
          {orderId === null ? (
            <p className="empty-state">{i18next.t('workOrders.moveToSee')}</p>
          ) : (
            <DataGrid
              domain="jobs"
              clientId={client}
              filter={{ equals: { work_order_id: orderId } }}
              columns={JOB_COLUMNS}
              more={JOB_MORE}
              fixed={{ client_id: client, work_order_id: orderId }}
              readOnly={!planner}
              title={i18next.t('workOrders.jobsTitle', { order: orderId })}
              empty={
                planner
                  ? i18next.t('workOrders.noJobsPlan', { order: orderId })
                  : i18next.t('workOrders.noJobs', { order: orderId })
              }
            />
          )}
        </>
      )}
    </section>
  );
}
