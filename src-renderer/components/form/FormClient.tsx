import type { Me } from '../../../src-shared/contract/auth';

interface FormClientProps {
  id: string;
  me: Me;
  /** The client the header picked; null for "All clients", where the form asks. */
  scopeClient: string | null;
  /** The client a new row goes to. */
  value: string;
  onChange(clientId: string): void;
}

/** The client a new row goes to: a choice only under "All clients", else the header's client as text. */
export function FormClient({ id, me, scopeClient, value, onChange }: FormClientProps) {
  if (scopeClient !== null || me.clients.length <= 1) {
    const name = me.clients.find((c) => c.client_id === value)?.client_name ?? value;
    return (
      <p className="field">
        <span>
          Client: <strong>{name}</strong>
        </span>
      </p>
    );
  }
  return (
    <div className="field">
      <label htmlFor={id}>Client</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {me.clients.map((c) => (
          <option key={c.client_id} value={c.client_id}>
            {c.client_name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The client a new row starts with: the header's pick, else the user's first client. */
export function startingClient(me: Me, scopeClient: string | null): string {
  return scopeClient ?? me.clients[0]?.client_id ?? '';
}
