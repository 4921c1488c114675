import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../src-shared/contract/auth';
import { TABLE_SPECS } from '../../../src-shared/tables/registry';
import { invoke } from '../../api/client';
import { RecordForm } from '../../components/form/RecordForm';
import { useLoad } from '../../components/form/use-load';
import { TARGET_GROUPS, targetHints } from './target-hints';

/** One client's KPI targets and inference defaults (client_config), saved as one form. */
export function ClientTargetsForm({ me, clientId }: { me: Me; clientId: string }) {
  const { t } = useTranslation();
  const [loaded, reload] = useLoad(`config:${clientId}`, () =>
    invoke('clientSettings.list', { clientIds: [clientId], limit: 1 }),
  );
  const [note, setNote] = useState<string | null>(null);
  if (loaded.kind === 'loading') return <p role="status">{t('targets.loading', { client: clientId })}</p>;
  if (loaded.kind === 'failed')
    return (
      <p className="form-error" role="alert">
        {t('targets.loadFailed', { client: clientId, message: loaded.message })}
      </p>
    );
  const row = loaded.data.rows[0] ?? null;
  // Every client is created with its settings; only an administrator may add a missing row.
  if (!row && me.role !== 'ADMIN')
    return (
      <p className="empty-state">
        <strong>{t('targets.noneTitle', { client: clientId })}</strong> {t('targets.noneText')}
      </p>
    );
  return (
    <div className="admin-targets">
      {note && (
        <p className="screen-note" role="status">
          {note}
        </p>
      )}
      <RecordForm
        key={`${clientId}:${row?.version ?? 0}`}
        spec={TABLE_SPECS.client_config}
        title={t('targets.formTitle', { client: clientId })}
        groups={TARGET_GROUPS}
        row={row}
        base={{ client_id: clientId }}
        hints={targetHints()}
        save={(values, changes) =>
          row
            ? invoke('clientSettings.update', { key: { client_id: clientId }, version: row.version, changes })
            : invoke('clientSettings.create', { ...values, client_id: clientId })
        }
        onSaved={() => {
          setNote(t('targets.saved', { client: clientId }));
          reload();
        }}
        onConflict={() => {
          setNote(t('targets.conflict'));
          reload();
        }}
        submitLabel={t('targets.save')}
      />
    </div>
  );
}
