import { z } from 'zod';
import {
  AppError,
  type ChannelName,
  contract,
  type FieldIssue,
  isChannelName,
  type ParsedRequestOf,
  PUBLIC_CHANNELS,
  type ResponseOf,
  type Result,
  SIGN_IN_FIRST,
} from '../src-shared/contract';
import { issueCodeOf } from '../src-shared/contract/issue-codes';
import type { Session, SessionLookup } from './session';

/** Told the caller's new session key when a call signs them in: the transport uses it from then on. */
export type Rekey = (sessionKey: string) => void;

/** What a handler knows about its caller: the session, never anything the payload claims. */
export interface CallContext<TDeps> {
  deps: TDeps;
  /** The transport's key for this caller (window id or browser session id). */
  sessionKey: string;
  session: Session | null;
  /** Why this caller's session has just ended (idle, too old, account changed); absent otherwise. */
  ended?: string | null;
  /** Hands the transport the key of a session this call started (absent: nobody is listening). */
  rekey?: Rekey;
}

export type Handler<K extends ChannelName, TDeps> = (
  ctx: CallContext<TDeps>,
  input: ParsedRequestOf<K>,
) => ResponseOf<K> | Promise<ResponseOf<K>>;

/** A complete handler map: the compiler refuses a channel without a handler. */
export type Handlers<TDeps> = { [K in ChannelName]: Handler<K, TDeps> };

/** Turns zod's issues into `field: message` pairs a grid can place next to a cell. */
export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.flatMap((issue): FieldIssue[] => {
    const base = issue.path.map(String);
    // An unknown field is reported at the field itself, so the grid can place the message.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: [...base, key].join('.'),
        message: issue.message,
        code: issue.code,
      }));
    }
    return [{ path: base.join('.') || '(payload)', message: issue.message, ...issueCodeOf(issue) }];
  });
}

/**
 * Runs a validated call: the core routes it to a connection (and makes it wait during an import
 * or a restore) and hands the handler the dependencies of that connection.
 */
export type CallRunner<TDeps> = (
  channel: ChannelName,
  call: (deps: TDeps) => Promise<unknown>,
) => Promise<unknown>;

export interface DispatchOptions<TDeps> {
  /** Routes each call (default: runs it at once with `deps`). */
  run?: CallRunner<TDeps>;
  /** The session under a key as it stands now, without touching it: read again as a routed call starts. */
  current?: (key: string) => Session | null;
}

const BUSY = new AppError(
  'BUSY',
  'The database stayed busy with other work (an import, a backup or another program) for too long; nothing was changed. Try again in a moment.',
  undefined,
  { key: 'busy' },
);

/** SQLite's "database is locked" after busy_timeout: another writer held the lock throughout. */
function isBusyError(error: unknown): boolean {
  return (
    error instanceof Error &&
    'code' in error &&
    typeof error.code === 'string' &&
    error.code.startsWith('SQLITE_BUSY')
  );
}

export interface Dispatcher {
  /** Runs one call; `rekey` hears the caller's new session key if the call signs them in. */
  dispatch(sessionKey: string, channel: string, payload: unknown, rekey?: Rekey): Promise<Result<unknown>>;
}

/**
 * The single entry for every transport: looks up the channel, validates the payload with its
 * schema, requires a session unless the channel is public, and maps every failure to a typed error.
 */
export function createDispatcher<TDeps>(
  handlers: Handlers<TDeps>,
  deps: TDeps,
  sessionOf: (key: string, channel: ChannelName) => SessionLookup,
  log: (message: string, error: unknown) => void = (message, error) => console.error(message, error),
  options: DispatchOptions<TDeps> = {},
): Dispatcher {
  const run: CallRunner<TDeps> = options.run ?? ((_channel, call) => call(deps));
  return {
    async dispatch(sessionKey, channel, payload, rekey) {
      if (typeof channel !== 'string' || !isChannelName(channel)) {
        return {
          ok: false,
          error: { code: 'UNKNOWN_CHANNEL', message: `Unknown channel "${String(channel)}".` },
        };
      }
      const { session, ended } = sessionOf(sessionKey, channel);
      if (!session && !PUBLIC_CHANNELS.has(channel)) {
        return { ok: false, error: { code: 'UNAUTHENTICATED', message: ended ?? SIGN_IN_FIRST } };
      }
      const parsed = (contract[channel].input as z.ZodType).safeParse(payload ?? {});
      if (!parsed.success) {
        const issues = fieldIssues(parsed.error);
        const first = issues[0];
        const message = first ? `${first.path}: ${first.message}` : 'The request is not valid.';
        return { ok: false, error: { code: 'VALIDATION', message, issues } };
      }
      try {
        const handler = handlers[channel] as (ctx: CallContext<TDeps>, input: unknown) => unknown;
        const data = await run(channel, async (callDeps) => {
          // A call that waited (for an import, a restore) may have outlived its session.
          const still =
            session !== null && options.current && options.current(sessionKey) === null ? null : session;
          if (!still && !PUBLIC_CHANNELS.has(channel)) throw new AppError('UNAUTHENTICATED', SIGN_IN_FIRST);
          return handler({ deps: callDeps, sessionKey, session: still, ended, rekey }, parsed.data);
        });
        return { ok: true, data };
      } catch (error) {
        if (error instanceof AppError) return { ok: false, error: error.toShape() };
        if (isBusyError(error)) return { ok: false, error: BUSY.toShape() };
        log(`Channel ${channel} failed`, error);
        return {
          ok: false,
          error: {
            code: 'INTERNAL',
            message: 'Something went wrong inside FloorKPI; nothing was changed. The error was logged.',
          },
        };
      }
    },
  };
}
