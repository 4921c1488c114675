import { useId } from 'react';
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
  return (
    <div className="panel pick-client">
      <p>
        {message ??
          `${what} is entered for one client at a time. Pick the client to enter ${what.toLowerCase()} for:`}
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
