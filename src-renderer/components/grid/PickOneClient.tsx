import { useId } from 'react';
import type { Me } from '../../../src-shared/contract/auth';
import { useScopeStore } from '../../stores/scope-store';

/** Asked when "All clients" is picked: entries belong to one client, so choose it here. */
export function PickOneClient({ me, what }: { me: Me; what: string }) {
  const pickClient = useScopeStore((s) => s.pickClient);
  const id = useId();
  return (
    <div className="panel pick-client">
      <p>
        {what} is entered for one client at a time. Pick the client to enter {what.toLowerCase()} for:
      </p>
      <div className="scope-field">
        <label className="scope-label" htmlFor={id}>
          Client
        </label>
        <select
          id={id}
          defaultValue=""
          onChange={(event) => {
            if (event.target.value) pickClient(event.target.value);
          }}
        >
          <option value="" disabled>
            Choose a client…
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
