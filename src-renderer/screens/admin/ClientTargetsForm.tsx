import { useState } from 'react';
import type { Me } from '../../../src-shared/contract/auth';
import { TABLE_SPECS } from '../../../src-shared/tables/registry';
import { invoke } from '../../api/client';
import { RecordForm } from '../../components/form/RecordForm';
import { useLoad } from '../../components/form/use-load';
import { TARGET_GROUPS, TARGET_HINTS } from './target-hints';

/** One client's KPI targets and inference defaults (client_config), saved as one form. */
export function ClientTargetsForm({ me, clientId }: { me: Me; clientId: string }) {
  const [loaded, reload] = useLoad(`config:${clientId}`, () =>
    invoke('clientSettings.list', { clientIds: [clientId], limit: 1 }),
  );
  const [note, setNote] = useState<string | null>(null);
  if (loaded.kind === 'loading') return <p role="status">Loading the targets of {clientId}…</p>;
  if (loaded.kind === 'failed')
    return (
      <p className="form-error" role="alert">
        The targets of {clientId} could not be loaded: {loaded.message}
      </p>
    );
  const row = loaded.data.rows[0] ?? null;
  // Every client is created with its settings; only an administrator may add a missing row.
  if (!row && me.role !== 'ADMIN')
    return (
      <p className="empty-state">
        <strong>{clientId} has no targets yet.</strong> The plant defaults apply; ask an administrator to set
        them.
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
        title={`Targets of ${clientId}`}
        groups={TARGET_GROUPS}
        row={row}
        base={{ client_id: clientId }}
        hints={TARGET_HINTS}
        save={(values, changes) =>
          row
            ? invoke('clientSettings.update', { key: { client_id: clientId }, version: row.version, changes })
            : invoke('clientSettings.create', { ...values, client_id: clientId })
        }
        onSaved={() => {
          setNote(`Saved the targets of ${clientId}. The dashboard compares against them from now on.`);
          reload();
        }}
        onConflict={() => {
          setNote('Someone else changed these targets; reloaded. Enter your change again.');
          reload();
        }}
        submitLabel="Save targets"
      />
    </div>
  );
}
