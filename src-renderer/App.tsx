import { useEffect, useState } from 'react';
import type { ResponseOf } from '../src-shared/contract';
import { errorText, invoke } from './api/client';

type Info = ResponseOf<'system.info'>;
type Connection = { kind: 'checking' } | { kind: 'ok' } | { kind: 'failed'; message: string };
type ShellState =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; info: Info; connection: Connection };

const HOST_LABEL: Record<Info['host'], string> = {
  electron: 'Desktop app',
  browser: 'Browser, this computer only',
};

/** The app shell: who is serving, which version, and whether the plant still needs its first setup. */
export function App() {
  const [state, setState] = useState<ShellState>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    void (async () => {
      const info = await invoke('system.info', {});
      if (!live) return;
      if (!info.ok) {
        setState({ kind: 'failed', message: errorText(info.error) });
        return;
      }
      setState({ kind: 'ready', info: info.data, connection: { kind: 'checking' } });
      // A round trip with a payload proves requests, not only the first read, reach the core.
      const ping = await invoke('system.ping', { echo: 'shell' });
      if (!live) return;
      const connection: Connection =
        ping.ok && ping.data.pong === 'shell'
          ? { kind: 'ok' }
          : { kind: 'failed', message: ping.ok ? 'unexpected answer' : errorText(ping.error) };
      setState({ kind: 'ready', info: info.data, connection });
    })();
    return () => {
      live = false;
    };
  }, []);

  return (
    <div className="shell">
      <header className="shell-header">
        <h1>FloorKPI</h1>
        {state.kind === 'ready' && (
          <p className="shell-meta">
            Version {state.info.version} · {HOST_LABEL[state.info.host]}
          </p>
        )}
      </header>
      <main className="shell-main">
        {state.kind === 'loading' && <p>Opening the plant database…</p>}
        {state.kind === 'failed' && (
          <section className="panel panel-error" role="alert">
            <h2>FloorKPI could not start</h2>
            <p>{state.message}</p>
          </section>
        )}
        {state.kind === 'ready' && <Welcome info={state.info} />}
      </main>
      {state.kind === 'ready' && (
        <footer className="shell-footer">
          <span data-testid="connection">{connectionText(state.connection)}</span>
          <span>Database schema version {state.info.schemaVersion}</span>
        </footer>
      )}
    </div>
  );
}

function Welcome({ info }: { info: Info }) {
  if (info.needsSetup) {
    return (
      <section className="panel" aria-labelledby="first-start">
        <h2 id="first-start">First start</h2>
        <p>The database is empty. This plant has no users yet.</p>
        <p>Creating the first administrator is not available in this build yet.</p>
      </section>
    );
  }
  return (
    <section className="panel" aria-labelledby="welcome">
      <h2 id="welcome">Welcome</h2>
      <p>This plant is set up. Signing in is not available in this build yet.</p>
    </section>
  );
}

function connectionText(connection: Connection): string {
  switch (connection.kind) {
    case 'checking':
      return 'Connection: checking…';
    case 'ok':
      return 'Connection: OK';
    case 'failed':
      return `Connection failed: ${connection.message}`;
  }
}
