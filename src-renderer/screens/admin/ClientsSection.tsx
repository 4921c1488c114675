import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TABLE_SPECS } from '../../../src-shared/tables/registry';
import { invoke } from '../../api/client';
import { ListDetailSection } from '../../components/form/ListDetailSection';
import { LoadedView } from '../../components/form/LoadedView';
import { RecordForm } from '../../components/form/RecordForm';
import { useLoad } from '../../components/form/use-load';
import { ClientsTable } from './ClientsTable';
import { CLIENT_GROUPS } from './client-fields';
import { NewClientForm } from './NewClientForm';
import { refreshMe } from './refresh-me';

type Panel = { kind: 'none' } | { kind: 'new' } | { kind: 'client'; id: string };

const LOCKED_KEY = new Set(['client_id']);
const EDIT_GROUPS = [...CLIENT_GROUPS, { title: 'clients.status', fields: ['is_active'] }];
const CHECKBOXES = new Set(['is_active']);

/** The plant's clients (ADMIN only): list, create with a defect catalogue, edit. */
export function ClientsSection() {
  const { t } = useTranslation();
  const [loaded, reload] = useLoad('clients', () => invoke('clients.list', { limit: 1000 }));
  const [panel, setPanel] = useState<Panel>({ kind: 'none' });
  const [note, setNote] = useState<string | null>(null);
  const clients = loaded.kind === 'ready' ? loaded.data.rows : [];
  const selected = panel.kind === 'client' ? clients.find((c) => c.client_id === panel.id) : undefined;

  function done(words: string): void {
    setNote(words);
    reload();
    // The header's client picker lists the clients of the session: a new or renamed one shows at once.
    void refreshMe();
  }

  return (
    <ListDetailSection
      words="clients"
      note={note}
      onNew={() => {
        setNote(null);
        setPanel({ kind: 'new' });
      }}
      list={
        <LoadedView loaded={loaded} what={t('clients.what')}>
          {() =>
            clients.length === 0 ? (
              <p className="empty-state">
                <strong>{t('clients.noneTitle')}</strong> {t('clients.noneText')}
              </p>
            ) : (
              <ClientsTable
                clients={clients}
                selectedId={selected?.client_id ?? null}
                onSelect={(client) => {
                  setNote(null);
                  setPanel({ kind: 'client', id: client.client_id });
                }}
              />
            )
          }
        </LoadedView>
      }
      details={
        panel.kind === 'new' ? (
          <NewClientForm
            onCreated={(client, words) => {
              done(words);
              // The new client opens, unless the user went to another one while it was saved.
              setPanel((p) => (p.kind === 'new' ? { kind: 'client', id: client.client_id } : p));
            }}
            onCancel={() => setPanel({ kind: 'none' })}
          />
        ) : selected ? (
          <RecordForm
            key={`${selected.client_id}:${selected.version}`}
            spec={TABLE_SPECS.client}
            title={t('clients.clientTitle', { client: selected.client_id })}
            groups={EDIT_GROUPS}
            row={selected}
            locked={LOCKED_KEY}
            checkboxes={CHECKBOXES}
            save={(_, changes) =>
              invoke('clients.update', {
                key: { client_id: selected.client_id },
                version: selected.version,
                changes,
              })
            }
            onSaved={(client) => done(t('clients.saved', { client: client.client_id }))}
            onConflict={() => {
              setNote(t('clients.conflict'));
              reload();
            }}
            onCancel={() => setPanel({ kind: 'none' })}
          />
        ) : (
          <p className="empty-state">{t('clients.pick', { new: t('clients.new') })}</p>
        )
      }
    />
  );
}
