import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../src-shared/contract/auth';
import { ListDetailSection } from '../../components/form/ListDetailSection';
import { LoadedView } from '../../components/form/LoadedView';
import { useLoad } from '../../components/form/use-load';
import { EditUserForm } from './EditUserForm';
import { NewUserForm } from './NewUserForm';
import { SetPasswordForm } from './SetPasswordForm';
import { UserActiveToggle } from './UserActiveToggle';
import { UsersTable } from './UsersTable';
import { clientsOf, loadUsersData } from './users-data';

type Panel = { kind: 'none' } | { kind: 'new' } | { kind: 'user'; id: string };

/** Accounts: who signs in, with which role, for which clients (ADMIN only). */
export function UsersSection({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [loaded, reload] = useLoad('users', loadUsersData);
  const [panel, setPanel] = useState<Panel>({ kind: 'none' });
  const [note, setNote] = useState<string | null>(null);
  const data = loaded.kind === 'ready' ? loaded.data : null;
  const selected = panel.kind === 'user' ? data?.users.find((u) => u.user_id === panel.id) : undefined;

  function done(words: string): void {
    setNote(words);
    reload();
  }

  return (
    <ListDetailSection
      words="users"
      note={note}
      onNew={() => {
        setNote(null);
        setPanel({ kind: 'new' });
      }}
      list={
        <LoadedView loaded={loaded} what={t('users.what')}>
          {(users) => (
            <UsersTable
              data={users}
              selectedId={selected?.user_id ?? null}
              onSelect={(user) => {
                setNote(null);
                setPanel({ kind: 'user', id: user.user_id });
              }}
            />
          )}
        </LoadedView>
      }
      details={
        panel.kind === 'new' && data ? (
          <NewUserForm
            clients={data.clients}
            onCreated={(user) => {
              done(t('users.created', { name: user.username }));
              // The new user opens, unless another panel was picked while it was saved.
              setPanel((p) => (p.kind === 'new' ? { kind: 'user', id: user.user_id } : p));
            }}
            onCancel={() => setPanel({ kind: 'none' })}
          />
        ) : selected && data ? (
          <>
            <EditUserForm
              // A saved change gives a new version: the form starts again from the stored row.
              key={`${selected.user_id}:${selected.version}:${clientsOf(data, selected.user_id).join(',')}`}
              user={selected}
              access={data.access.get(selected.user_id) ?? []}
              clients={data.clients}
              isSelf={selected.user_id === me.userId}
              onSaved={done}
              onCancel={() => setPanel({ kind: 'none' })}
            />
            {/* A new password is a new version of the account: reloading keeps later edits from a CONFLICT. */}
            <SetPasswordForm key={`pw:${selected.user_id}`} user={selected} onDone={done} />
            <UserActiveToggle user={selected} isSelf={selected.user_id === me.userId} onDone={done} />
          </>
        ) : (
          <p className="empty-state">{t('users.pick', { new: t('users.new') })}</p>
        )
      }
    />
  );
}
