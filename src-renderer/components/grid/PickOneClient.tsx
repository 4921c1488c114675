import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../src-shared/contract/auth';
import { useScopeStore } from '../../stores/scope-store';

interface PickOneClientProps {
  me: Me;
  what: string;
  /** The sentence above the choice, where "… is entered for one client at a time" does not fit. */
  message?: string;
}

/** Asked when "All clients" is picked: entries belong to one client, so choose it here. */
export function PickOneClient({ me, what, message }: PickOneClientProps) {
  const pickClient = useScopeStore((s) => s.pickClient);
  const id = useId();
  const { t } = useTranslation();
  return (
    <div className="panel pick-client">
      <p>{message ?? t('scope.pickOne', { what })}</p>
      <div className="scope-field">
        <label className="scope-label" htmlFor={id}>
          {t('scope.client')}
        </label>
        <select
          id={id}
          defaultValue=""
          onChange={(event) => {
            if (event.target.value) pickClient(event.target.value);
          }}
        >
          <option value="" disabled>
            {t('scope.chooseClient')}
          </option>
          {me.clients.map((c) => (
            <option key={c.client_id} value={c.client_id}>
              {c.client_name} ({c.client_id})
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
