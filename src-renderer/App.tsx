import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SystemInfo } from '../src-shared/contract/system';
import { errorText, invoke } from './api/client';
import type { DemoSignIns } from './api/demo';
import { AppHeader } from './components/AppHeader';
import { AppShell } from './components/AppShell';
import { type Connection, StatusFooter } from './components/StatusFooter';
import { SyncStatusLine } from './components/sync/SyncStatusLine';
import { fmt } from './i18n/fmt';
import { i18next } from './i18n/i18n';
import { applyStartLocale, useLocaleStore } from './i18n/locale-store';
import { FirstStartScreen } from './screens/first-start/FirstStartScreen';
import { LockScreen } from './screens/lock/LockScreen';
import { RecoveryScreen } from './screens/recovery/RecoveryScreen';
import { SignInScreen } from './screens/sign-in/SignInScreen';
import { useSessionStore } from './stores/session-store';
import { useSessionWatch } from './stores/use-session-watch';

type Boot =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; info: SystemInfo; connection: Connection };

/** How often the window asks again while the database's background integrity check runs. */
export const CHECK_POLL_MS = 2_000;

/** States in which the app cannot serve the database: the recovery screen takes the window. */
const UNUSABLE = new Set<SystemInfo['database']['state']>(['damaged', 'foreign', 'newer']);

/**
 * The window: asks the core what it is, whether its database can be used and whether the plant
 * is set up, then shows recovery, first start, sign-in or the signed-in workspace.
 */
export function App() {
  const [boot, setBoot] = useState<Boot>({ kind: 'loading' });
  // Bumped after a recovery restore: the window starts over on the restored database.
  const [restart, setRestart] = useState(0);
  // Set once first start is done here, so signing out later lands on sign-in, not on setup.
  const [setUp, setSetUp] = useState(false);
  const [demo, setDemo] = useState<DemoSignIns | null>(null);
  const status = useSessionStore((s) => s.status);
  const me = useSessionStore((s) => s.me);
  // One workspace per person and sign-in: kept through a refresh of their clients and an unlock,
  // started afresh for another person, or when an unlock brings another role or other clients.
  const epoch = useSessionStore((s) => s.epoch);
  // Re-renders the whole window when the language changes, so every word and number follows.
  const { t } = useTranslation();
  const myLocale = me?.locale;
  // Signed in: the user's own language and format (else the plant's), as the core says.
  useEffect(() => {
    if (myLocale) useLocaleStore.getState().apply(myLocale);
  }, [myLocale]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `restart` asks the core again after a recovery restore.
  useEffect(() => {
    let live = true;
    void (async () => {
      const info = await invoke('system.info', {});
      if (!live) return;
      if (!info.ok) {
        setBoot({ kind: 'failed', message: errorText(info.error) });
        return;
      }
      // Before sign-in: this PC's last language, else the plant's default.
      if (!useSessionStore.getState().me) applyStartLocale(info.data.defaultLocale);
      setBoot({ kind: 'ready', info: info.data, connection: { kind: 'checking' } });
      // A reload keeps the session (cookie or window); only a set-up plant can have one. After a
      // recovery restore every session has ended and the sign-in screen says why: nothing to ask.
      const session = useSessionStore.getState();
      if (!info.data.needsSetup && !UNUSABLE.has(info.data.database.state) && session.status !== 'signed-out')
        void session.restore();
      // A round trip with a payload proves requests, not only the first read, reach the core.
      const ping = await invoke('system.ping', { echo: 'shell' });
      if (!live) return;
      const connection: Connection =
        ping.ok && ping.data.pong === 'shell'
          ? { kind: 'ok' }
          : { kind: 'failed', message: ping.ok ? i18next.t('boot.unexpectedAnswer') : errorText(ping.error) };
      setBoot({ kind: 'ready', info: info.data, connection });
    })();
    return () => {
      live = false;
    };
  }, [restart]);

  // The first start has just created the database: read its facts (schema version, state) again.
  useEffect(() => {
    if (!setUp) return;
    let live = true;
    void invoke('system.info', {}).then((info) => {
      if (live && info.ok)
        setBoot((before) => (before.kind === 'ready' ? { ...before, info: info.data } : before));
    });
    return () => {
      live = false;
    };
  }, [setUp]);

  // The integrity check runs in the background after start: ask again until it has answered, so
  // a damaged file is shown as such even to someone already at work.
  useEffect(() => {
    if (boot.kind !== 'ready' || boot.info.database.state !== 'checking') return;
    let live = true;
    const timer = setTimeout(() => {
      void invoke('system.info', {}).then((info) => {
        if (live && info.ok)
          setBoot((before) => (before.kind === 'ready' ? { ...before, info: info.data } : before));
      });
    }, CHECK_POLL_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [boot]);

  const unusable =
    boot.kind === 'ready' && UNUSABLE.has(boot.info.database.state) ? boot.info.database : null;
  const signedIn = status === 'signed-in' && me && !unusable ? me : null;
  // Locked: the workspace stays mounted (unsaved rows, open editors, scroll) but hidden and inert.
  const present = (status === 'signed-in' || status === 'locked') && me && !unusable ? me : null;
  const locked = status === 'locked';
  useSessionWatch(signedIn !== null);
  return (
    <div className="app">
      <AppHeader me={signedIn} />
      {unusable ? (
        <main className="public-main">
          <RecoveryScreen
            status={unusable}
            onRestored={(result) => {
              useSessionStore.setState({
                status: 'signed-out',
                me: null,
                notice: i18next.t('session.restored', { when: fmt.moment(result.restored.createdAt) }),
              });
              setBoot({ kind: 'loading' });
              setRestart((n) => n + 1);
            }}
          />
        </main>
      ) : boot.kind === 'ready' && present ? (
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
          {boot.kind === 'loading' && <p role="status">{t('boot.opening')}</p>}
          {boot.kind === 'failed' && (
            <section className="panel panel-error" role="alert">
              <h2>{t('boot.failed')}</h2>
              <p>{boot.message}</p>
            </section>
          )}
          {boot.kind === 'ready' &&
            (boot.info.needsSetup && !setUp ? (
              <FirstStartScreen
                database={boot.info.database}
                onDemoLoaded={(signIns) => {
                  setDemo(signIns);
                  setSetUp(true);
                }}
                onAdminCreated={() => setSetUp(true)}
              />
            ) : status === 'signed-out' || setUp ? (
              // This window just did the setup: nobody can be signed in to restore.
              <SignInScreen demo={demo} />
            ) : (
              <p role="status">{t('boot.checkingSignIn')}</p>
            ))}
        </main>
      )}
      {boot.kind === 'ready' && (
        <StatusFooter
          info={boot.info}
          connection={boot.connection}
          sync={present ? <SyncStatusLine key={present.userId} /> : null}
        />
      )}
    </div>
  );
}
