import { i18next, lookup } from '../../i18n/i18n';

/** A failed connect or sync round as the core reports it: the hub's code and the core's English sentence. */
export interface SyncFailure {
  code: string | null;
  message: string;
  /** The PC joined, but its first round did not finish. */
  connected?: boolean;
}

/**
 * A failed connect or sync round in the user's language. English keeps the core's sentence (it
 * names the user, the minutes locked, the versions); another language words the hub's code, a
 * connect's own codes first (UNAUTHENTICATED there is a wrong password, in a round an unknown PC),
 * and for a code it has no words for says that the hub refused, with the core's sentence.
 */
export function syncFailureText(failure: SyncFailure, during: 'join' | 'sync'): string {
  if (i18next.language === 'en' && failure.message.trim()) return failure.message.trim();
  const code = failure.code ?? '';
  const reason =
    (failure.connected ? '' : lookup(`sync.failure.${during}.${code}`, '')) ||
    lookup(`sync.failure.any.${code}`, '') ||
    i18next.t('sync.failure.other', { detail: failure.message });
  return failure.connected ? i18next.t('sync.failure.connected', { reason }) : reason;
}
