import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="list-table" aria-label={t('clients.title')}>
        <thead>
          <tr>
            <th scope="col">{t('columns.client_id')}</th>
            <th scope="col">{t('clients.name')}</th>
            <th scope="col">{t('clients.type')}</th>
            <th scope="col">{t('columns.location')}</th>
            <th scope="col">{t('clients.status')}</th>
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
                  {client.is_active === 0 ? t('clients.inactive') : t('clients.active')}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
