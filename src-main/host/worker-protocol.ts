import type { Result } from '../../src-shared/contract';
import { isProgressReport, type ProgressReport } from '../../src-shared/contract/progress';
import type { HostKind } from '../core-deps';

// The core worker's part of the worker messaging layer (../workers/rpc.ts): its methods, the
// notices it hears and the events it sends.

/** What the host (Electron main thread or browser host) passes to the core worker at start. */
export interface CoreWorkerData {
  dbPath: string;
  host: HostKind;
}

/**
 * The core worker's one method: a channel call for one caller's session, always answered by a
 * Result, and by the caller's new session key when the call signed them in.
 */
export interface CoreMethods {
  invoke: {
    request: { sessionKey: string; channel: string; payload: unknown };
    reply: { result: Result<unknown>; sessionKey?: string };
  };
}

/** One-way notices to the core worker. */
export interface CoreNotices {
  /** A window closed, so its sign-in must not outlive it. */
  'end-session': { sessionKey: string };
  /** The app is quitting: close the database so the WAL is checkpointed, then exit. */
  shutdown: null;
}

/** What the core worker tells its host unasked. */
export interface CoreEvents {
  /** The database is open and migrated; calls may come. */
  ready: null;
  /** How far one caller's long call has got. */
  progress: { sessionKey: string; report: ProgressReport };
}

/** Whether a progress event is well-formed (a malformed one is dropped, not shown). */
export function isProgressEvent(value: unknown): value is CoreEvents['progress'] {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.sessionKey === 'string' && isProgressReport(v.report);
}
