import { useTranslation } from 'react-i18next';
import type { ClientSummary } from '../../../src-shared/contract/auth';
import { ROLE_LABELS } from '../../../src-shared/domain/enum-labels';
import { ROLES, type Role } from '../../../src-shared/domain/roles';
import { ClientChecklist } from './ClientChecklist';
import { clientRuleHint, takesClients } from './user-rules';

/**
 * A user's role and, for the roles that take them, their clients, with the role's client rule
 * shown underneath. `onEdit` runs on any change, so the form can clear the clients' error.
 */
export function RoleAndClients({
  formId,
  role,
  onRole,
  clients,
  picked,
  onPicked,
  error,
  onEdit,
}: {
  formId: string;
  role: Role;
  onRole: (role: Role) => void;
  clients: readonly ClientSummary[];
  picked: readonly string[];
  onPicked: (clients: string[]) => void;
  error: string | undefined;
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <div className="field">
        <label htmlFor={`${formId}-role`}>{t('users.role')}</label>
        <select
          id={`${formId}-role`}
          value={role}
          onChange={(event) => {
            onRole(event.target.value as Role);
            onEdit();
          }}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
      </div>
      {takesClients(role) ? (
        <ClientChecklist
          id={`${formId}-clients`}
          clients={clients}
          value={picked}
          onChange={(next) => {
            onPicked(next);
            onEdit();
          }}
          hint={clientRuleHint(role)}
          error={error}
        />
      ) : (
        <p className="field-hint">{clientRuleHint(role)}</p>
      )}
    </>
  );
}
