import { useState } from 'react';
import type { Me } from '../../../src-shared/contract/auth';
import { i18next } from '../../i18n/i18n';
import { type ReportDefaults, ReportDialog } from './ReportDialog';

/** "Report…" and its dialog, started from what the screen shows. */
export function ReportButton({ me, defaults }: { me: Me; defaults: () => ReportDefaults }) {
  const [open, setOpen] = useState<ReportDefaults | null>(null);
  return (
    <>
      <button type="button" className="button-secondary report-button" onClick={() => setOpen(defaults())}>
        {i18next.t('reports.button')}
      </button>
      {open && <ReportDialog me={me} defaults={open} onClose={() => setOpen(null)} />}
    </>
  );
}
