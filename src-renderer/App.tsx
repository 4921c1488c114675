import { useEffect, useState } from 'react';
import type { SystemInfo } from '../src-shared/contract/system';
import { errorText, invoke } from './api/client';
import type { DemoSignIns } from './api/demo';
import { AppHeader } from './components/AppHeader';
import { AppShell } from './components/AppShell';
import { type Connection, StatusFooter } from './components/StatusFooter';
import { FirstStartScreen } from './screens/first-start/FirstStartScreen';
import { LockScreen } from './screens/lock/LockScreen';
import { SignInScreen } from './screens/sign-in/SignInScreen';
import { useSessionStore } from './stores/session-store';
import { useSessionWatch } from './stores/use-session-watch';

type Boot =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; info: SystemInfo; connection: Connection };

/**
 * The window: asks the core what it is and whether the plant is set up, then shows first start,
 * sign-in or the signed-in workspace.
 */
export function App() {
  const [boot, setBoot] = useState<Boot>({ kind: 'loading' });
  // Set once first start is done here, so signing out later lands on sign-in, not on setup.
  const [setUp, setSetUp] = useState(false);
  const [demo, setDemo] = useState<DemoSignIns | null>(null);
  const status = useSessionStore((s) => s.status);
  const me = useSessionStore((s) => s.me);
  // One workspace per person and sign-in: kept through a refresh of their clients and an unlock,
  // started afresh for another person, or when an unlock brings another role or other clients.
  const epoch = useSessionStore((s) => s.epoch);

  useEffect(() => {
    let live = true;
    void (async () => {
      const info = await invoke('system.info', {});
      if (!live) return;
      if (!info.ok) {
        setBoot({ kind: 'failed', message: errorText(info.error) });
        return;
      }
      setBoot({ kind: 'ready', info: info.data, connection: { kind: 'checking' } });
      // A reload keeps the session (cookie or window); only a set-up plant can have one.
      if (!info.data.needsSetup) void useSessionStore.getState().restore();
      // A round trip with a payload proves requests, not only the first read, reach the core.
      const ping = await invoke('system.ping', { echo: 'shell' });
      if (!live) return;
      const connection: Connection =
        ping.ok && ping.data.pong === 'shell'
          ? { kind: 'ok' }
          : { kind: 'failed', message: ping.ok ? 'unexpected answer' : errorText(ping.error) };
      setBoot({ kind: 'ready', info: info.data, connection });
    })();
    return () => {
      live = false;
    };
  }, []);

  const signedIn = status === 'signed-in' && me ? me : null;
  // Locked: the workspace stays mounted (unsaved rows, open editors, scroll) but hidden and inert.
  const present = (status === 'signed-in' || status === 'locked') && me ? me : null;
  const locked = status === 'locked';
  useSessionWatch(signedIn !== null);
  return (
    <div className="app">
      <AppHeader me={signedIn} />
      {boot.kind === 'ready' && present ? (
        <>
          {locked && (
            <main className="public-main">
              <LockScreen me={present} />
            </main>
          )}
          <div className="workspace-holder" hidden={locked} inert={locked}>
            <AppShell key={`${present.userId}:${epoch}`} me={present} host={boot.info.host} />
          </div>
        </>
      ) : (
        <main className="public-main">
          {boot.kind === 'loading' && <p role="status">Opening the plant database…</p>}
          {boot.kind === 'failed' && (
            <section className="panel panel-error" role="alert">
              <h2>FloorKPI could not start</h2>
              <p>{boot.message}</p>
            </section>
          )}
          {boot.kind === 'ready' &&
            (boot.info.needsSetup && !setUp ? (
              <FirstStartScreen
                onDemoLoaded={(signIns) => {
                  setDemo(signIns);
                  setSetUp(true);
                }}
                onAdminCreated={() => setSetUp(true)}
              />
            ) : status === 'signed-out' || boot.info.needsSetup ? (
              // needsSetup here means this window just did the setup: nobody can be signed in to restore.
              <SignInScreen demo={demo} />
            ) : (
              <p role="status">Checking your sign-in…</p>
            ))}
        </main>
      )}
      {boot.kind === 'ready' && <StatusFooter info={boot.info} connection={boot.connection} />}
    </div>
  );
}
