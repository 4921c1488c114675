import { useState } from 'react';
import { errorText } from '../../api/client';
import { type DemoSignIns, loadDemo } from '../../api/demo';
import { AdminSetupForm } from './AdminSetupForm';

interface FirstStartProps {
  /** The demo plant is in; the app moves on to sign-in with these sign-ins shown. */
  onDemoLoaded(demo: DemoSignIns): void;
  /** The first administrator exists and is signed in. */
  onAdminCreated(): void;
}

type Demo = { kind: 'idle' } | { kind: 'loading' } | { kind: 'failed'; message: string };

/** An empty database: try FloorKPI on the demo plant, or start this plant's own setup. */
export function FirstStartScreen({ onDemoLoaded, onAdminCreated }: FirstStartProps) {
  const [mode, setMode] = useState<'choose' | 'empty'>('choose');
  const [demo, setDemo] = useState<Demo>({ kind: 'idle' });

  if (mode === 'empty') return <AdminSetupForm onBack={() => setMode('choose')} onCreated={onAdminCreated} />;

  async function startDemo() {
    setDemo({ kind: 'loading' });
    // The core seeds in its own worker, so this window keeps redrawing while it waits.
    const result = await loadDemo();
    if (result.ok) onDemoLoaded(result.data);
    else setDemo({ kind: 'failed', message: errorText(result.error) });
  }

  const loading = demo.kind === 'loading';
  return (
    <section className="panel first-start" aria-labelledby="first-start-title" aria-busy={loading}>
      <h2 id="first-start-title">First start</h2>
      <p>The database is empty. This plant has no users yet.</p>
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
            onClick={() => setMode('empty')}
          >
            Start empty
          </button>
          <p>Create the first administrator, then add this plant's clients, users and targets.</p>
        </div>
      </div>
      {loading && (
        <p className="progress" role="status">
          Loading demo plant…
        </p>
      )}
      {demo.kind === 'failed' && (
        <p className="form-error" role="alert">
          The demo plant could not be loaded: {demo.message}
        </p>
      )}
    </section>
  );
}
