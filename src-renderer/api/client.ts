import {
  type AppErrorShape,
  type ChannelName,
  type RequestOf,
  type ResponseOf,
  type Result,
} from '../../src-shared/contract';
import type { ProgressReport } from '../../src-shared/contract/progress';

import { asRuleCode } from '../../src-shared/contract/rule-codes';
import { i18next, lookup } from '../i18n/i18n';
import { ruleWords } from '../i18n/rule-reader';
import { noteCall } from './activity';
import { fieldWord, interpolate, issueText } from './issue-text';
import { defaultTransport, type Transport } from './transport';

let transport: Transport | undefined;
let sessionEnded: ((error: AppErrorShape) => void) | undefined;

// These answer UNAUTHENTICATED for a wrong password, which says nothing about an existing session.
const SIGN_IN_CHANNELS: ReadonlySet<string> = new Set<ChannelName>(['auth.login', 'auth.setupFirstAdmin']);

/** Replaces the transport (tests); otherwise the first call picks Electron's bridge or HTTP. */
export function setTransport(next: Transport): void {
  transport = next;
}

/**
 * Registers who hears that the core no longer knows this caller (the session expired or the
 * host restarted), so the window can go back to sign-in, with the core's reason, instead of
 * showing every screen failing.
 */
export function onSessionEnded(listener: ((error: AppErrorShape) => void) | undefined): void {
  sessionEnded = listener;
}

/** Calls one channel of the core with a typed request and answer; never rejects. */
export async function invoke<K extends ChannelName>(
  channel: K,
  payload: RequestOf<K>,
): Promise<Result<ResponseOf<K>>> {
  transport ??= defaultTransport();
  const sentAt = Date.now();
  // The contract ties each channel to its response type; the wire itself is untyped.
  const result = (await transport.invoke(channel, payload)) as Result<ResponseOf<K>>;
  // The idle lock counts from when the core last heard this window: a call it answered, stamped
  // with the time it was sent (never later than the core's own stamp). A call that never reached
  // it (the host unreachable) or found no session does not count.
  if (result.ok || (result.error.code !== 'INTERNAL' && result.error.code !== 'UNAUTHENTICATED'))
    noteCall(channel, sentAt);
  if (!result.ok && result.error.code === 'UNAUTHENTICATED' && !SIGN_IN_CHANNELS.has(channel)) {
    sessionEnded?.(result.error);
  }
  return result;
}

/** Hears how far this page's long calls (imports and their checks) have got, until unsubscribed. */
export function watchProgress(listener: (report: ProgressReport) => void): () => void {
  transport ??= defaultTransport();
  return transport.onProgress?.(listener) ?? (() => {});
}

/**
 * A sentence for people on the floor, in their language. In English: the core's own message
 * (already plain words, e.g. the minutes of a lock), or a plain default for its code. In another
 * language: the core's message key when it sent one, else the code's sentence, never the English.
 * A VALIDATION message names fields the way the code does (`password: …`), so its issues are
 * spelled out as sentences instead; forms place the ones they can beside their fields (see
 * field-issues.ts) and pass only the rest here.
 */
export function errorText(error: AppErrorShape): string {
  if (error.code === 'VALIDATION' && error.issues?.length) {
    const issues = error.issues.map((issue) =>
      issueSentence(
        issue.row === undefined
          ? fieldWord(issue.path)
          : i18next.t('errors.rowField', { row: issue.row, field: fieldWord(issue.path) }),
        issueText(issue),
      ),
    );
    return `${i18next.t('errors.VALIDATION')} ${issues.join(' ')}`;
  }
  const rule = asRuleCode(error.key?.key);
  if (rule) return ruleWords(rule, error.key?.params);
  const keyed = error.key ? lookup(`errors.keyed.${error.key.key}`, '') : '';
  if (keyed) return interpolate(keyed, error.key?.params);
  if (i18next.language === 'en' && error.message.trim()) return error.message.trim();
  return i18next.t(`errors.${error.code}`);
}

/** "Password" + "must be at least 8 characters" → "Password must be at least 8 characters." */
export function issueSentence(subject: string, message: string): string {
  return i18next.t('errors.sentence', { subject, message: message.trim().replace(/\.$/, '') });
}
