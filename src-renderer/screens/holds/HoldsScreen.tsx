import { useState } from 'react';
import type { Row } from '../../../src-shared/db/schema';
import { HOLD_STATUSES } from '../../../src-shared/domain/enums';
import { invoke } from '../../api/client';
import { useLoad } from '../../components/form/use-load';
import { DataGrid } from '../../components/grid/DataGrid';
import { PickOneClient } from '../../components/grid/PickOneClient';
import { useEntryClient } from '../../components/grid/use-entry-client';
import { CsvActions } from '../../components/import/CsvActions';
import { localIsoDate, rangeProblem } from '../../stores/date-range';
import { useDateRange } from '../../stores/use-date-range';
import type { ScreenProps } from '../screen-props';
import '../../components/form/screen-kit.css';
import { HoldPanel } from './HoldPanel';
import { STATUS_WORDS } from './hold-actions';
import { HOLD_COLUMNS, HOLD_DERIVED, HOLD_MORE } from './hold-columns';

type Hold = Row<'hold_entry'>;

/** "" shows every hold of the client, "period" the ones placed in the period, a status only those. */
type Show = string;

const OPEN = 'open';
/** Holds not yet over: a request waiting, an order held, or a resume waiting. */
const OPEN_STATUSES = ['PENDING_HOLD_APPROVAL', 'ON_HOLD', 'PENDING_RESUME_APPROVAL'] as const;

/** Holds of the chosen client as a grid: the last row requests a hold, the row's buttons run the workflow. */
export function HoldsScreen({ me }: ScreenProps) {
  const client = useEntryClient();
  const range = useDateRange();
  // All holds by default: a hold just resumed stays in view with its confirmation.
  const [show, setShow] = useState<Show>('');
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null);
  const [changes, setChanges] = useState(0);
  const [orders, reloadOrders] = useLoad(`orders:${client ?? '-'}`, () =>
    invoke('workOrders.list', { clientIds: client ? [client] : [], limit: 1000 }),
  );
  const orderStatus = (workOrderId: string) =>
    orders.kind === 'ready'
      ? (orders.data.rows.find((o) => o.work_order_id === workOrderId)?.status ?? undefined)
      : undefined;
  const filter =
    show === 'period'
      ? rangeProblem(range)
        ? {}
        : range
      : show === OPEN
        ? { equals: { hold_status: [...OPEN_STATUSES] } }
        : show
          ? { equals: { hold_status: show } }
          : {};

  /** A workflow step went through (or someone else moved the hold first): reload and say so. */
  function changed(note: string): void {
    setMessage({ text: note, failed: false });
    setChanges((n) => n + 1);
    reloadOrders();
  }

  return (
    <section aria-labelledby="holds-title">
      <h2 id="holds-title">Holds</h2>
      {client === null ? (
        <PickOneClient
          me={me}
          what="Holds"
          message="Holds are kept per client. Pick the client whose holds to see and request:"
        />
      ) : (
        <>
          <div className="filter-bar">
            <label htmlFor="holds-show">Show</label>
            <select id="holds-show" value={show} onChange={(event) => setShow(event.target.value)}>
              <option value="">All holds (any date)</option>
              <option value={OPEN}>Open holds (waiting or on hold)</option>
              <option value="period">Holds placed in the period</option>
              {HOLD_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {STATUS_WORDS[s]}
                </option>
              ))}
            </select>
            <span className="field-hint">
              Type a request in the last row; a leader approves it, and until then the order keeps running.
            </span>
          </div>
          <DataGrid
            domain="holds"
            clientId={client}
            filter={filter}
            columns={HOLD_COLUMNS}
            more={HOLD_MORE}
            derived={HOLD_DERIVED}
            fixed={{ client_id: client }}
            defaults={{ hold_date: localIsoDate(new Date()) }}
            reloadToken={changes}
            message={message}
            onSaved={() => {
              setMessage({ text: 'Hold requested: a leader approves it next.', failed: false });
              reloadOrders();
            }}
            rowActions={(row) => (
              <HoldPanel
                key={`${String(row.hold_entry_id)}:${String(row.version)}`}
                me={me}
                // The grid's rows are this table's rows as the core listed them.
                hold={row as Hold}
                orderStatus={orderStatus(String(row.work_order_id))}
                onChanged={changed}
              />
            )}
            actions={
              <CsvActions
                table="hold_entry"
                plural="holds"
                filter={{ clientIds: [client], ...(rangeProblem(range) ? {} : range) }}
                onImported={() => changed('Holds imported.')}
              />
            }
            title={`Holds · ${client}`}
            empty={
              show
                ? 'No holds match: show all holds, or request one in the last row.'
                : 'No holds yet. To stop a work order, type it in the last row with the reason, then Ctrl+Enter.'
            }
          />
        </>
      )}
    </section>
  );
}
