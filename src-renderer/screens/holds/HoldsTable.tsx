import type { Row } from '../../../src-shared/db/schema';
import { rowKeys } from '../../components/form/row-keys';
import { codeWords } from '../../components/form/SpecField';
import { localIsoDate } from '../../stores/date-range';
import { holdAgeText, isHoldStatus, STATUS_TONE, STATUS_WORDS } from './hold-actions';

type Hold = Row<'hold_entry'>;

interface HoldsTableProps {
  holds: readonly Hold[];
  selectedId: string | null;
  onSelect(hold: Hold): void;
  /** Show the client column (when the header shows all clients). */
  showClient: boolean;
}

/** The holds as rows: status, order, reason, dates and age; a click or Enter opens one beside the list. */
export function HoldsTable({ holds, selectedId, onSelect, showClient }: HoldsTableProps) {
  const today = localIsoDate(new Date());
  return (
    <div className="table-wrap">
      <table className="list-table" aria-label="Holds">
        <thead>
          <tr>
            <th scope="col">Status</th>
            {showClient && <th scope="col">Client</th>}
            <th scope="col">Work order</th>
            <th scope="col">Reason</th>
            <th scope="col">Hold date</th>
            <th scope="col">Resume date</th>
            <th scope="col" className="num">
              Age / duration
            </th>
          </tr>
        </thead>
        <tbody>
          {holds.map((hold) => {
            const status = isHoldStatus(hold.hold_status) ? hold.hold_status : null;
            return (
              <tr
                key={hold.hold_entry_id}
                tabIndex={0}
                aria-selected={hold.hold_entry_id === selectedId}
                onClick={() => onSelect(hold)}
                onKeyDown={(event) => rowKeys(event, () => onSelect(hold))}
              >
                <td>
                  <span className={`status-badge ${status ? STATUS_TONE[status] : 'status-off'}`}>
                    {status ? STATUS_WORDS[status] : hold.hold_status}
                  </span>
                </td>
                {showClient && <td>{hold.client_id}</td>}
                <td>{hold.work_order_id}</td>
                <td>{hold.hold_reason ? codeWords(hold.hold_reason) : '—'}</td>
                <td>{hold.hold_date}</td>
                <td>{hold.resume_date ?? '—'}</td>
                <td className="num">{holdAgeText(hold, today)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
