import type { Me } from '../../src-shared/contract/auth';
import { ALL_CLIENT_ROLES } from '../../src-shared/domain/roles';
import { i18next } from '../i18n/i18n';

/** The client a screen shows: one client's id, or null for every client the user may see. */
export type ClientChoice = string | null;

export interface ClientOption {
  value: ClientChoice;
  label: string;
}

/** The part of localStorage the choice needs (tests pass a map). */
export type ChoiceStorage = Pick<Storage, 'getItem' | 'setItem'>;

// localStorage holds strings only; this stands for "All clients" and cannot be a client id.
const ALL = '*';

/** Per user, so two people sharing a floor PC each get their own last client back. */
export function choiceStorageKey(userId: string): string {
  return `floorkpi.client.${userId}`;
}

/** What the picker offers: "All clients" for ADMIN and POWERUSER, then the user's own clients. */
export function clientOptions(me: Me): ClientOption[] {
  const own = me.clients.map((c) => ({ value: c.client_id, label: c.client_name }));
  if (ALL_CLIENT_ROLES.has(me.role)) return [{ value: null, label: i18next.t('scope.allClients') }, ...own];
  // An OPERATOR works for exactly one client: even a stray second access row is not offered.
  return me.role === 'OPERATOR' ? own.slice(0, 1) : own;
}

/** True when there is nothing to pick: the one option is shown as text, not as a control. */
export function isClientFixed(me: Me): boolean {
  return me.role === 'OPERATOR' || clientOptions(me).length <= 1;
}

/** The choice a user starts with: all clients where allowed, else their first client. */
export function defaultChoice(me: Me): ClientChoice {
  const first = clientOptions(me)[0];
  return first ? first.value : null;
}

/** The remembered choice if this user may still have it, else the default. */
export function resolveChoice(me: Me, remembered: string | null): ClientChoice {
  if (remembered === null || isClientFixed(me)) return defaultChoice(me);
  const wanted = remembered === ALL ? null : remembered;
  return clientOptions(me).some((o) => o.value === wanted) ? wanted : defaultChoice(me);
}

export function readChoice(storage: ChoiceStorage, me: Me): ClientChoice {
  let remembered: string | null = null;
  try {
    remembered = storage.getItem(choiceStorageKey(me.userId));
  } catch {
    // Storage can be disabled by policy; the default is then the only memory.
  }
  return resolveChoice(me, remembered);
}

export function writeChoice(storage: ChoiceStorage, userId: string, choice: ClientChoice): void {
  try {
    storage.setItem(choiceStorageKey(userId), choice ?? ALL);
  } catch {
    // Not remembering is better than failing the pick itself.
  }
}

/** The client name for a choice, for headers and titles. */
export function choiceLabel(me: Me, choice: ClientChoice): string {
  return clientOptions(me).find((o) => o.value === choice)?.label ?? i18next.t('session.noClient');
}
