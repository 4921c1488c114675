import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLE_LABELS } from '../../../src-shared/domain/enum-labels';
import { isRole } from '../../../src-shared/domain/roles';
import { rowKeys } from '../../components/form/row-keys';
import { i18next } from '../../i18n/i18n';
import { clientsOf, type UserRow, type UsersData } from './users-data';

interface UsersTableProps {
  data: UsersData;
  selectedId: string | null;
  onSelect(user: UserRow): void;
}

/** The clients column: "All clients" for roles that see every one; ids never break at their hyphens. */
function clientsContent(data: UsersData, user: UserRow): ReactNode {
  if (user.role === 'ADMIN' || user.role === 'POWERUSER') return i18next.t('users.allClients');
  const ids = clientsOf(data, user.user_id);
  if (ids.length === 0) return i18next.t('users.noneYet');
  return ids.map((id, i) => (
    <span key={id} className="client-id">
      {id}
      {i < ids.length - 1 ? ', ' : ''}
    </span>
  ));
}

/** Every account with its role and clients; a deactivated one says so beside its name. */
export function UsersTable({ data, selectedId, onSelect }: UsersTableProps) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="list-table" aria-label={t('users.title')}>
        <thead>
          <tr>
            <th scope="col">{t('users.user')}</th>
            <th scope="col">{t('users.role')}</th>
            <th scope="col">{t('users.clients')}</th>
          </tr>
        </thead>
        <tbody>
          {data.users.map((user) => (
            <tr
              key={user.user_id}
              tabIndex={0}
              aria-selected={user.user_id === selectedId}
              data-testid={`user-${user.username}`}
              onClick={() => onSelect(user)}
              onKeyDown={(event) => rowKeys(event, () => onSelect(user))}
            >
              <td className="user-cell">
                <strong>
                  {user.username}
                  {user.is_active === 0 && (
                    <span className="status-badge status-off">{t('users.deactivated')}</span>
                  )}
                </strong>
                {user.full_name && user.full_name !== user.username && <span>{user.full_name}</span>}
              </td>
              <td>{isRole(user.role) ? ROLE_LABELS[user.role] : user.role}</td>
              <td className="wrap">{clientsContent(data, user)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
