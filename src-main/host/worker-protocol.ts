import type { Result } from '../../src-shared/contract';
import { isProgressReport, type ProgressReport } from '../../src-shared/contract/progress';
import type { HostKind } from '../core';

/** What the host (Electron main thread or browser host) passes to the core worker at start. */
export interface CoreWorkerData {
  dbPath: string;
  host: HostKind;
}

/** Main → worker: run one channel call for one caller's session. */
export interface InvokeMessage {
  type: 'invoke';
  id: number;
  sessionKey: string;
  channel: string;
  payload: unknown;
}

/** Main → worker: a window closed, so its sign-in must not outlive it. */
export interface EndSessionMessage {
  type: 'end-session';
  sessionKey: string;
}

/** Main → worker: the app is quitting; close the database so the WAL is checkpointed. */
export interface ShutdownMessage {
  type: 'shutdown';
}

export type ToWorker = InvokeMessage | EndSessionMessage | ShutdownMessage;

/** Worker → main: the answer to one `invoke`, matched by `id`. */
export interface InvokeReply {
  type: 'result';
  id: number;
  result: Result<unknown>;
  /** The caller's new session key, when the call signed them in: use it for their next calls. */
  sessionKey?: string;
}

/** Worker → main: the database is open and migrated; calls may come. */
export interface ReadyMessage {
  type: 'ready';
}

/** Worker → main: how far one caller's long call has got. */
export interface ProgressMessage {
  type: 'progress';
  sessionKey: string;
  report: ProgressReport;
}

export type FromWorker = InvokeReply | ReadyMessage | ProgressMessage;

/** Narrows an untyped worker message so a malformed one is ignored rather than crashing main. */
export function isInvokeReply(value: unknown): value is InvokeReply {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    v.type === 'result' &&
    typeof v.id === 'number' &&
    typeof v.result === 'object' &&
    v.result !== null &&
    (v.sessionKey === undefined || typeof v.sessionKey === 'string')
  );
}

/** Whether a worker message says the core finished opening the database. */
export function isReadyMessage(value: unknown): value is ReadyMessage {
  return typeof value === 'object' && value !== null && (value as Record<string, unknown>).type === 'ready';
}

/** Whether a worker message is a well-formed progress report. */
export function isProgressMessage(value: unknown): value is ProgressMessage {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return v.type === 'progress' && typeof v.sessionKey === 'string' && isProgressReport(v.report);
}

/** Narrows a message arriving at the worker; anything else is dropped. */
export function isToWorker(value: unknown): value is ToWorker {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  switch (v.type) {
    case 'invoke':
      return typeof v.id === 'number' && typeof v.sessionKey === 'string' && typeof v.channel === 'string';
    case 'end-session':
      return typeof v.sessionKey === 'string';
    case 'shutdown':
      return true;
    default:
      return false;
  }
}
