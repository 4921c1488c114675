import type { Row } from '../../../src-shared/db/schema';
import { rowKeys } from '../../components/form/row-keys';
import { codeWords } from '../../components/form/SpecField';

type Order = Row<'work_order'>;

const STATUS_TONE: Record<string, string> = {
  ACTIVE: 'status-done',
  ON_HOLD: 'status-held',
  COMPLETED: 'status-off',
  REJECTED: 'status-off',
  CANCELLED: 'status-off',
};

interface WorkOrdersTableProps {
  orders: readonly Order[];
  selectedId: string | null;
  onSelect(order: Order): void;
  showClient: boolean;
}

/** A number for reading, or a dash when not recorded. */
function qty(value: number | null): string {
  return value === null ? '—' : value.toLocaleString('en-US');
}

/** The work orders as rows: status, style, quantity and the dates that decide delivery. */
export function WorkOrdersTable({ orders, selectedId, onSelect, showClient }: WorkOrdersTableProps) {
  return (
    <div className="table-wrap">
      <table className="list-table" aria-label="Work orders">
        <thead>
          <tr>
            <th scope="col">Work order</th>
            {showClient && <th scope="col">Client</th>}
            <th scope="col">Status</th>
            <th scope="col">Style</th>
            <th scope="col" className="num">
              Planned qty
            </th>
            <th scope="col">Start</th>
            <th scope="col">Ship by</th>
            <th scope="col">Delivered</th>
          </tr>
        </thead>
        <tbody>
          {orders.map((order) => (
            <tr
              key={order.work_order_id}
              tabIndex={0}
              aria-selected={order.work_order_id === selectedId}
              data-testid={`order-${order.work_order_id}`}
              onClick={() => onSelect(order)}
              onKeyDown={(event) => rowKeys(event, () => onSelect(order))}
            >
              <td>{order.work_order_id}</td>
              {showClient && <td>{order.client_id}</td>}
              <td>
                <span className={`status-badge ${STATUS_TONE[order.status ?? ''] ?? 'status-off'}`}>
                  {order.status ? codeWords(order.status) : '—'}
                </span>
              </td>
              <td>{order.style_model ?? '—'}</td>
              <td className="num">{qty(order.planned_quantity)}</td>
              <td>{order.actual_start_date ?? order.planned_start_date ?? '—'}</td>
              <td>{order.planned_ship_date ?? order.required_date ?? '—'}</td>
              <td>{order.actual_delivery_date ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
