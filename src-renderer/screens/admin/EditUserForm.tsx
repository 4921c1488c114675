import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientSummary } from '../../../src-shared/contract/auth';
import { isRole, type Role } from '../../../src-shared/domain/roles';
import { TABLE_SPECS } from '../../../src-shared/tables/registry';
import { errorText } from '../../api/client';
import { SaveActions } from '../../components/form/SaveActions';
import { changesOf, readDraft } from '../../components/form/spec-form';
import { useUnsavedGuard } from '../../components/grid/use-unsaved-guard';
import { TextField } from '../../components/TextField';
import { RoleAndClients } from './RoleAndClients';
import { clientRuleProblem, takesClients } from './user-rules';
import { saveUser } from './user-save';
import type { AccessRow, UserRow } from './users-data';

interface EditUserFormProps {
  user: UserRow;
  access: readonly AccessRow[];
  clients: readonly ClientSummary[];
  /** The signed-in administrator: they may not take away their own role. */
  isSelf: boolean;
  onSaved(words: string): void;
  onCancel(): void;
}

type Field = 'full_name' | 'email' | 'clients';

/** An account's name, email, role and clients; the username is how they sign in and stays. */
export function EditUserForm({ user, access, clients, isSelf, onSaved, onCancel }: EditUserFormProps) {
  const { t } = useTranslation();
  const formId = useId();
  const [text, setText] = useState({ full_name: user.full_name ?? '', email: user.email ?? '' });
  const [role, setRole] = useState<Role>(isRole(user.role) ? user.role : 'OPERATOR');
  const [picked, setPicked] = useState<string[]>(() => access.map((a) => a.client_id));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [summary, setSummary] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const sent = takesClients(role) ? picked : [];
  const changed =
    text.full_name !== (user.full_name ?? '') ||
    text.email !== (user.email ?? '') ||
    role !== user.role ||
    picked.toSorted().join(',') !==
      access
        .map((a) => a.client_id)
        .toSorted()
        .join(',');
  // Once saved, the form is replaced by one for the stored row as soon as the list reloads.
  const [stored, setStored] = useState(false);
  useUnsavedGuard(changed && !stored ? 1 : 0);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    // The spec's own checks (length, email shape) before sending; the core's answer is the last word.
    const read = readDraft(TABLE_SPECS.app_user, { ...text, role });
    const rule = clientRuleProblem(role, sent);
    const next: Partial<Record<Field, string>> = {
      full_name: read.errors.full_name,
      email: read.errors.email,
      clients: rule ?? undefined,
    };
    setErrors(next);
    if (Object.values(next).some(Boolean)) {
      setSummary(t('errors.seeMarkedFields'));
      return;
    }
    if (isSelf && role !== 'ADMIN') {
      setSummary(t('users.ownRole'));
      return;
    }
    setPending(true);
    setSummary(null);
    const refused = await saveUser(user, access, { row: changesOf(read.values, user), clients: sent });
    setPending(false);
    if (refused) {
      setSummary(errorText(refused));
      return;
    }
    setStored(true);
    onSaved(t('users.saved', { name: user.username }));
  }

  return (
    <form
      className="record-form admin-form"
      aria-labelledby={`${formId}-title`}
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !pending) onCancel();
      }}
      noValidate
    >
      <h3 id={`${formId}-title`}>{t('users.userTitle', { name: user.username })}</h3>
      <TextField
        id={`${formId}-full_name`}
        label={t('users.full_name')}
        value={text.full_name}
        error={errors.full_name}
        onChange={(event) => setText({ ...text, full_name: event.target.value })}
      />
      <TextField
        id={`${formId}-email`}
        label={t('users.email')}
        type="email"
        value={text.email}
        error={errors.email}
        onChange={(event) => setText({ ...text, email: event.target.value })}
      />
      <RoleAndClients
        formId={formId}
        role={role}
        onRole={setRole}
        clients={clients}
        picked={picked}
        onPicked={setPicked}
        error={errors.clients}
        onEdit={() => setErrors((e) => ({ ...e, clients: undefined }))}
      />
      <SaveActions
        problem={summary}
        pending={pending}
        label={t('users.save')}
        pendingLabel={t('users.saving')}
        onCancel={onCancel}
      />
    </form>
  );
}
