import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientSummary } from '../../../src-shared/contract/auth';
import { type Role } from '../../../src-shared/domain/roles';
import { invoke } from '../../api/client';
import { type FormErrors, formErrors } from '../../api/field-issues';
import { SaveActions } from '../../components/form/SaveActions';
import { useUnsavedGuard } from '../../components/grid/use-unsaved-guard';
import { TextField } from '../../components/TextField';
import { PasswordFields, type PasswordPair, passwordPairProblem } from './PasswordFields';
import { RoleAndClients } from './RoleAndClients';
import { clientRuleProblem, takesClients } from './user-rules';
import type { UserRow } from './users-data';

type Field = 'username' | 'full_name' | 'email' | 'role' | 'clients' | 'password' | 'confirm';

const NO_ERRORS: FormErrors<Field> = { fields: {}, summary: null };

interface NewUserFormProps {
  clients: readonly ClientSummary[];
  onCreated(user: Pick<UserRow, 'user_id' | 'username'>): void;
  onCancel(): void;
}

/**
 * A new account: who, which role, the clients the role is given (OPERATOR exactly one, LEADER one
 * or more, ADMIN and POWERUSER none: they see every client) and a first password, typed twice.
 */
export function NewUserForm({ clients, onCreated, onCancel }: NewUserFormProps) {
  const { t } = useTranslation();
  // Keys are the request's field names, so the core's issue paths land on the right field.
  const LABELS: Record<Field, string> = {
    username: t('users.username'),
    full_name: t('users.full_name'),
    email: t('users.email'),
    role: t('users.role'),
    clients: t('users.clients'),
    password: t('users.password'),
    confirm: t('users.confirm'),
  };
  const formId = useId();
  const [text, setText] = useState({ username: '', full_name: '', email: '' });
  const [role, setRole] = useState<Role>('OPERATOR');
  const [picked, setPicked] = useState<string[]>([]);
  const [pair, setPair] = useState<PasswordPair>({ password: '', confirm: '' });
  const [errors, setErrors] = useState<FormErrors<Field>>(NO_ERRORS);
  const [pending, setPending] = useState(false);
  // Clients ticked before switching to a role that sees them all are not sent (nor lost if it switches back).
  const sent = takesClients(role) ? picked : [];
  // Typed but not created: the shell asks before a screen change throws it away.
  const typed = Object.values(text).some((t) => t !== '') || picked.length > 0 || pair.password !== '';
  useUnsavedGuard(typed && !pending ? 1 : 0);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    const rule = clientRuleProblem(role, sent);
    const password = passwordPairProblem(pair);
    if (rule || password) {
      setErrors({
        fields: {
          ...(rule ? { clients: rule } : {}),
          ...(password ? { [password.field]: password.text } : {}),
        },
        summary: t('errors.seeMarkedFields'),
      });
      return;
    }
    setPending(true);
    setErrors(NO_ERRORS);
    const email = text.email.trim();
    const result = await invoke('users.create', {
      username: text.username,
      full_name: text.full_name,
      email: email === '' ? null : email,
      role,
      clients: sent,
      password: pair.password,
    });
    setPending(false);
    if (result.ok) onCreated(result.data);
    else setErrors(formErrors(result.error, LABELS));
  }

  const field = (name: 'username' | 'full_name' | 'email') => ({
    id: `${formId}-${name}`,
    label: LABELS[name],
    value: text[name],
    error: errors.fields[name],
    onChange: (event: { target: { value: string } }) => setText({ ...text, [name]: event.target.value }),
  });

  return (
    <form className="record-form admin-form" aria-labelledby={`${formId}-title`} onSubmit={submit} noValidate>
      <h3 id={`${formId}-title`}>{t('users.newTitle')}</h3>
      <TextField
        {...field('username')}
        autoComplete="off"
        autoCapitalize="none"
        hint={t('users.usernameHint')}
        autoFocus
      />
      <TextField {...field('full_name')} autoComplete="off" />
      <TextField {...field('email')} type="email" autoComplete="off" hint={t('users.optional')} />
      <RoleAndClients
        formId={formId}
        role={role}
        onRole={setRole}
        clients={clients}
        picked={picked}
        onPicked={setPicked}
        error={errors.fields.clients}
        onEdit={() => setErrors((e) => ({ ...e, fields: { ...e.fields, clients: undefined } }))}
      />
      <PasswordFields idPrefix={formId} value={pair} onChange={setPair} errors={errors.fields} />
      <SaveActions
        problem={errors.summary}
        pending={pending}
        label={t('users.create')}
        pendingLabel={t('users.creating')}
        onCancel={onCancel}
      />
    </form>
  );
}
