import type { AppErrorShape, ChannelName, RequestOf, ResponseOf, Result } from '../../src-shared/contract';
import { defaultTransport, type Transport } from './transport';

let transport: Transport | undefined;

/** Replaces the transport (tests); otherwise the first call picks Electron's bridge or HTTP. */
export function setTransport(next: Transport): void {
  transport = next;
}

/** Calls one channel of the core with a typed request and answer; never rejects. */
export function invoke<K extends ChannelName>(
  channel: K,
  payload: RequestOf<K>,
): Promise<Result<ResponseOf<K>>> {
  transport ??= defaultTransport();
  // The contract ties each channel to its response type; the wire itself is untyped.
  return transport.invoke(channel, payload) as Promise<Result<ResponseOf<K>>>;
}

const FALLBACK_TEXT: Record<AppErrorShape['code'], string> = {
  VALIDATION: 'Some values are not valid.',
  FORBIDDEN: 'You are not allowed to do this.',
  NOT_FOUND: 'That record no longer exists.',
  CONFLICT: 'Someone else changed this record; reload and try again.',
  UNAUTHENTICATED: 'Please sign in first.',
  LOCKED: 'This is locked.',
  UNKNOWN_CHANNEL: 'This version of FloorKPI cannot do that.',
  INTERNAL: 'Something went wrong inside FloorKPI.',
};

/** A sentence for people on the floor: the core's own message, or a plain default for its code. */
export function errorText(error: AppErrorShape): string {
  return error.message.trim() || FALLBACK_TEXT[error.code] || FALLBACK_TEXT.INTERNAL;
}
