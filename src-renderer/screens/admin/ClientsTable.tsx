import type { Row } from '../../../src-shared/db/schema';
import { CLIENT_TYPE_LABELS, enumLabel } from '../../../src-shared/domain/enum-labels';
import { rowKeys } from '../../components/form/row-keys';

type Client = Row<'client'>;

interface ClientsTableProps {
  clients: readonly Client[];
  selectedId: string | null;
  onSelect(client: Client): void;
}

/** The plant's clients: code, name, type, where, and whether they are active. */
export function ClientsTable({ clients, selectedId, onSelect }: ClientsTableProps) {
  return (
    <div className="table-wrap">
      <table className="list-table" aria-label="Clients">
        <thead>
          <tr>
            <th scope="col">Client ID</th>
            <th scope="col">Name</th>
            <th scope="col">Type</th>
            <th scope="col">Location</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {clients.map((client) => (
            <tr
              key={client.client_id}
              tabIndex={0}
              aria-selected={client.client_id === selectedId}
              data-testid={`client-${client.client_id}`}
              onClick={() => onSelect(client)}
              onKeyDown={(event) => rowKeys(event, () => onSelect(client))}
            >
              <td>{client.client_id}</td>
              <td>{client.client_name ?? '—'}</td>
              <td>{client.client_type ? enumLabel(CLIENT_TYPE_LABELS, client.client_type) : '—'}</td>
              <td>{client.location ?? '—'}</td>
              <td>
                <span className={`status-badge ${client.is_active === 0 ? 'status-off' : 'status-done'}`}>
                  {client.is_active === 0 ? 'Inactive' : 'Active'}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
