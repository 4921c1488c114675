import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatabaseStatus } from '../../../src-shared/contract/system';
import { errorText, invoke } from '../../api/client';
import { type DemoSignIns, loadDemo } from '../../api/demo';
import { LocalePicker } from '../../components/LocalePicker';
import { useLocaleStore } from '../../i18n/locale-store';
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
  const { t } = useTranslation();
  const locale = useLocaleStore((state) => state.choice);
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
        what: t('firstStart.createFailed'),
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
        what: t('firstStart.demoFailed'),
        message: errorText(result.error),
      });
  }

  async function startEmpty() {
    if (await ensureDatabase()) setMode('empty');
  }

  const loading = demo.kind === 'loading' || demo.kind === 'creating';
  return (
    <section className="panel first-start" aria-labelledby="first-start-title" aria-busy={loading}>
      <h2 id="first-start-title">{t('firstStart.title')}</h2>
      {missing ? (
        <>
          <p>
            {database.state === 'empty' ? t('firstStart.noDatabaseEmptyFile') : t('firstStart.noDatabase')}{' '}
            <code>{database.path}</code>
          </p>
          <p>{t('firstStart.noUsers')}</p>
        </>
      ) : (
        <p>{t('firstStart.emptyDatabase')}</p>
      )}
      <div className="choices">
        <div className="choice">
          <button type="button" className="button-large" disabled={loading} onClick={() => void startDemo()}>
            {t('firstStart.demo')}
          </button>
          <p>{t('firstStart.demoText')}</p>
        </div>
        <div className="choice">
          <button
            type="button"
            className="button-large button-secondary"
            disabled={loading}
            onClick={() => void startEmpty()}
          >
            {t('firstStart.empty')}
          </button>
          <p>{t('firstStart.emptyText')}</p>
        </div>
      </div>
      {loading && (
        <p className="progress" role="status">
          {demo.kind === 'creating' ? t('firstStart.creating') : t('firstStart.loadingDemo')}
        </p>
      )}
      {demo.kind === 'failed' && (
        <p className="form-error" role="alert">
          {t('firstStart.failed', { what: demo.what, message: demo.message })}
        </p>
      )}
      {/* The language of this PC from its first screen on; the plant's default is set in Admin later. */}
      <LocalePicker value={locale} onChange={(next) => useLocaleStore.getState().chooseAtFirstStart(next)} />
    </section>
  );
}
