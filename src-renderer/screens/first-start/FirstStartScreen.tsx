import { useState } from 'react';
import type { DatabaseStatus } from '../../../src-shared/contract/system';
import { errorText, invoke } from '../../api/client';
import { type DemoSignIns, loadDemo } from '../../api/demo';
import { AdminSetupForm } from './AdminSetupForm';

interface FirstStartProps {
  /** The database as the core found it: missing or empty until one of the choices creates it. */
  database: DatabaseStatus;
  /** The demo plant is in; the app moves on to sign-in with these sign-ins shown. */
  onDemoLoaded(demo: DemoSignIns): void;
  /** The first administrator exists and is signed in. */
  onAdminCreated(): void;
}

type Demo =
  | { kind: 'idle' }
  | { kind: 'creating' }
  | { kind: 'loading' }
  | { kind: 'failed'; message: string; what: string };

/**
 * The first start: no database yet (or an empty one). Either choice is the person's explicit
 * "create a new database": the app never creates the file by merely starting. Then try FloorKPI
 * on the demo plant, or start this plant's own setup.
 */
export function FirstStartScreen({ database, onDemoLoaded, onAdminCreated }: FirstStartProps) {
  const [mode, setMode] = useState<'choose' | 'empty'>('choose');
  const [demo, setDemo] = useState<Demo>({ kind: 'idle' });
  const [created, setCreated] = useState(false);
  const missing = !created && (database.state === 'missing' || database.state === 'empty');

  if (mode === 'empty') return <AdminSetupForm onBack={() => setMode('choose')} onCreated={onAdminCreated} />;

  /** Creates the database file when there is none; false (with the reason shown) when that failed. */
  async function ensureDatabase(): Promise<boolean> {
    if (!missing) return true;
    setDemo({ kind: 'creating' });
    const result = await invoke('database.create', {});
    if (!result.ok) {
      setDemo({
        kind: 'failed',
        what: 'The database could not be created',
        message: errorText(result.error),
      });
      return false;
    }
    setCreated(true);
    setDemo({ kind: 'idle' });
    return true;
  }

  async function startDemo() {
    if (!(await ensureDatabase())) return;
    setDemo({ kind: 'loading' });
    // The core seeds in its own worker, so this window keeps redrawing while it waits.
    const result = await loadDemo();
    if (result.ok) onDemoLoaded(result.data);
    else
      setDemo({
        kind: 'failed',
        what: 'The demo plant could not be loaded',
        message: errorText(result.error),
      });
  }

  async function startEmpty() {
    if (await ensureDatabase()) setMode('empty');
  }

  const loading = demo.kind === 'loading' || demo.kind === 'creating';
  return (
    <section className="panel first-start" aria-labelledby="first-start-title" aria-busy={loading}>
      <h2 id="first-start-title">First start</h2>
      {missing ? (
        <>
          <p>
            There is no FloorKPI database yet{database.state === 'empty' ? ' (the file is empty)' : ''}.
            Either choice below creates a new one at <code>{database.path}</code>.
          </p>
          <p>This plant has no users yet.</p>
        </>
      ) : (
        <p>The database is empty. This plant has no users yet.</p>
      )}
      <div className="choices">
        <div className="choice">
          <button type="button" className="button-large" disabled={loading} onClick={() => void startDemo()}>
            Start with demo data
          </button>
          <p>
            A sample plant with five clients, two months of production, quality, downtime and attendance, and
            a sign-in for every role. Good for trying FloorKPI out.
          </p>
        </div>
        <div className="choice">
          <button
            type="button"
            className="button-large button-secondary"
            disabled={loading}
            onClick={() => void startEmpty()}
          >
            Start empty
          </button>
          <p>Create the first administrator, then add this plant's clients, users and targets.</p>
        </div>
      </div>
      {loading && (
        <p className="progress" role="status">
          {demo.kind === 'creating' ? 'Creating the database…' : 'Loading demo plant…'}
        </p>
      )}
      {demo.kind === 'failed' && (
        <p className="form-error" role="alert">
          {demo.what}: {demo.message}
        </p>
      )}
    </section>
  );
}
