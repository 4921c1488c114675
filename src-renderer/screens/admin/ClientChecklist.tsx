import { useTranslation } from 'react-i18next';
import type { ClientSummary } from '../../../src-shared/contract/auth';

interface ClientChecklistProps {
  id: string;
  clients: readonly ClientSummary[];
  value: readonly string[];
  onChange(next: string[]): void;
  /** The role's rule in words, shown while there is no error. */
  hint: string;
  error?: string | undefined;
}

/** The clients a leader or operator is given: one checkbox per client, the role's rule underneath. */
export function ClientChecklist({ id, clients, value, onChange, hint, error }: ClientChecklistProps) {
  const { t } = useTranslation();
  const noteId = `${id}-note`;
  const ticked = new Set(value);
  return (
    <fieldset
      className="client-checklist"
      aria-describedby={noteId}
      aria-invalid={error ? true : undefined}
      data-testid="client-checklist"
    >
      <legend>{t('users.clients')}</legend>
      {clients.length === 0 ? (
        <p className="field-hint">{t('users.noClients')}</p>
      ) : (
        <ul>
          {clients.map((client) => (
            <li key={client.client_id}>
              <label>
                <input
                  type="checkbox"
                  checked={ticked.has(client.client_id)}
                  onChange={(event) =>
                    onChange(
                      event.target.checked
                        ? [...value, client.client_id]
                        : value.filter((c) => c !== client.client_id),
                    )
                  }
                />
                <span>
                  {client.client_name}
                  {client.client_name !== client.client_id && (
                    <span className="client-code">{client.client_id}</span>
                  )}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
      <p id={noteId} className={error ? 'field-error' : 'field-hint'} role={error ? 'alert' : undefined}>
        {error ?? hint}
      </p>
    </fieldset>
  );
}
