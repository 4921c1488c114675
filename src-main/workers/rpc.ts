import type { AppErrorShape } from '../../src-shared/contract/errors';

/**
 * The one way FloorKPI's threads talk: a host calls a worker's methods and matches each reply by
 * id, sends it one-way notices, and hears its events. Both the core worker (host/) and the KPI
 * worker (kpi/) speak it; each declares its methods, notices and events as types, so a call, its
 * reply and the handler that answers it are checked against one another.
 */

/** A worker's methods: each name → what it takes and what it answers. */
export type MethodMap<M> = { [K in keyof M]: { request: unknown; reply: unknown } };

/** One-way messages to a worker (no reply): name → what it carries. */
export type NoticeMap<N> = { [K in keyof N]: unknown };

/** Host → worker: run a method and reply with this id. */
export interface CallMessage {
  kind: 'call';
  id: number;
  method: string;
  request: unknown;
}

/** Host → worker: a one-way notice. */
export interface NoticeMessage {
  kind: 'notice';
  name: string;
  data: unknown;
}

/** Worker → host: the answer to one call. */
export type ReplyMessage =
  | { kind: 'reply'; id: number; ok: true; value: unknown }
  | { kind: 'reply'; id: number; ok: false; error: AppErrorShape };

/** Worker → host: an event. */
export interface EventMessage {
  kind: 'event';
  name: string;
  data: unknown;
}

export type ToWorker = CallMessage | NoticeMessage;
export type FromWorker = ReplyMessage | EventMessage;

function fieldsOf(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
}

/** Narrows a message arriving at a worker; anything malformed is dropped, never half-handled. */
export function isToWorker(value: unknown): value is ToWorker {
  const v = fieldsOf(value);
  if (v?.kind === 'call') return typeof v.id === 'number' && typeof v.method === 'string';
  if (v?.kind === 'notice') return typeof v.name === 'string';
  return false;
}

/** Narrows a message arriving at the host; anything malformed is dropped rather than crashing it. */
export function isFromWorker(value: unknown): value is FromWorker {
  const v = fieldsOf(value);
  if (v?.kind === 'event') return typeof v.name === 'string';
  if (v?.kind !== 'reply' || typeof v.id !== 'number') return false;
  if (v.ok === true) return true;
  const error = fieldsOf(v.error);
  return v.ok === false && typeof error?.code === 'string' && typeof error.message === 'string';
}
