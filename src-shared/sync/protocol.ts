import { z } from 'zod';

/**
 * The plant sync protocol between a FloorKPI PC and the hub (docs/sync.md): request and response
 * shapes, validated with zod on the hub and typed for the PC's client. Pure TypeScript, shared by
 * both sides, so the two cannot drift.
 */

/** Bumped only for an incompatible change of these shapes. */
export const SYNC_PROTOCOL_VERSION = 1;

/** Headers every sync request carries. */
export const SYNC_HEADERS = {
  protocol: 'x-floorkpi-protocol',
  /** The PC's schema version: how many migrations its FloorKPI build has (`MIGRATIONS.length`). */
  schema: 'x-floorkpi-schema',
} as const;

/** The most mutations one push may carry; a PC with more sends several pushes. */
export const MAX_MUTATIONS_PER_PUSH = 5000;
/** The most rows one pull page returns; the default page is smaller. */
export const MAX_PULL_LIMIT = 20_000;
export const DEFAULT_PULL_LIMIT = 5000;

/** A row as it travels: column name → value (text, number, or null), exactly as the PC stores it. */
export type SyncRow = Record<string, string | number | null>;
export const syncRowSchema = z.record(z.string(), z.union([z.string(), z.number(), z.null()]));

export const MUTATION_OPS = ['create', 'update', 'delete', 'restore'] as const;
export type MutationOp = (typeof MUTATION_OPS)[number];

/**
 * One entry of a PC's outbox. `row` is the whole row after the change, sync columns included, so the
 * hub can check every column the change touched and a conflict can show both sides field by field.
 * `baseVersion` is the version the change was made on (null for a create); `row.version` must be
 * `baseVersion + 1`. `userId` is the person signed in on the PC (null: the PC's system actor, which
 * the hub treats as the user who enrolled the PC). `diverged` marks a change made on the PC's own
 * version of a row after an earlier change of it that the hub did not take (a conflict, a
 * refusal) and that a later push carries: the hub records it as a conflict whatever its version
 * number, as it does for such a change in the same push (docs/sync.md).
 */
export const mutationSchema = z.strictObject({
  mutationId: z.number().int().min(1),
  table: z.string().min(1).max(64),
  op: z.enum(MUTATION_OPS),
  key: z.record(z.string(), z.string().min(1).max(200)),
  baseVersion: z.number().int().min(1).nullable(),
  row: syncRowSchema,
  userId: z.string().min(1).max(100).nullable(),
  /** When the change was made, on the PC's clock: shown in conflicts, never used for ordering. */
  at: z.string().max(40),
  diverged: z.literal(true).optional(),
});
export type Mutation = z.infer<typeof mutationSchema>;

export const joinRequestSchema = z.strictObject({
  username: z.string().min(1).max(100),
  password: z.string().min(1).max(200),
  /** How the PC is named in the hub's device list ("Line 3 PC"). */
  deviceName: z.string().trim().min(1).max(100),
});
export type JoinRequest = z.infer<typeof joinRequestSchema>;

export interface JoinResponse {
  deviceId: string;
  /** Shown once: the hub keeps only its hash. Sent as `Authorization: Bearer <secret>`. */
  deviceSecret: string;
  user: { user_id: string; username: string; role: string };
  /** The clients this PC will hold: every client for ADMIN and POWERUSER. */
  scope: SyncScope;
}

export interface SyncScope {
  all: boolean;
  clients: string[];
}

export const pushRequestSchema = z.strictObject({
  deviceId: z.string().min(1).max(100),
  mutations: z.array(mutationSchema).min(1).max(MAX_MUTATIONS_PER_PUSH),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

/**
 * What became of one mutation. `applied`: written, with its server version. `duplicate`: the hub
 * already holds exactly this (the PC keeps `serverRow`). `conflict`: the hub kept its own row
 * (`serverRow`) and recorded the PC's as conflict `conflictId`. `refused`: against the rules; nothing
 * written, recorded, and `serverRow` (when the hub has the row) is what the PC should hold instead.
 */
export const MUTATION_STATUSES = ['applied', 'duplicate', 'conflict', 'refused'] as const;
export type MutationStatus = (typeof MUTATION_STATUSES)[number];

export const CONFLICT_KINDS = [
  /** The row changed on the hub since the PC read it (update, delete or restore at a stale version). */
  'stale_version',
  /** A create whose id the hub already holds with other content (two PCs made WO-100). */
  'create_clash',
  /** A row whose natural key another row holds (a username, an employee's attendance for a shift). */
  'natural_key',
] as const;
export type ConflictKind = (typeof CONFLICT_KINDS)[number];

export const REFUSAL_CODES = ['FORBIDDEN', 'VALIDATION', 'REFERENCE', 'NOT_FOUND', 'UNKNOWN_USER'] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

export interface MutationResult {
  mutationId: number;
  status: MutationStatus;
  /** The change's place in its client's order, when applied. */
  serverVersion?: number;
  conflictKind?: ConflictKind;
  conflictId?: number;
  refusal?: { code: RefusalCode; message: string };
  /** The hub's row after this mutation (conflict, duplicate, refusal of a row the hub holds). */
  serverRow?: SyncRow | null;
  /** True when this mutation was processed by an earlier push whose response was lost. */
  replayed?: boolean;
}

export interface PushResponse {
  /** The highest mutation id the hub has processed for this PC: the PC deletes outbox entries up to it. */
  lastMutationId: number;
  results: MutationResult[];
}

export const pullRequestSchema = z.strictObject({
  deviceId: z.string().min(1).max(100),
  /** Per client the PC holds: the highest server version it has applied (0 or absent: none). */
  cursors: z.record(z.string(), z.number().int().min(0)),
  /** The same for plant-level rows (users, employees, the floating pool). */
  plantCursor: z.number().int().min(0),
  limit: z.number().int().min(1).max(MAX_PULL_LIMIT).optional(),
});
export type PullRequest = z.infer<typeof pullRequestSchema>;

export interface PulledChange {
  table: string;
  row: SyncRow;
  serverVersion: number;
}

export interface PullResponse {
  /** Apply `changes` in order (in one transaction), then store these cursors. */
  changes: PulledChange[];
  cursors: Record<string, number>;
  plantCursor: number;
  /** More changes wait: pull again with the new cursors. */
  more: boolean;
  scope: SyncScope;
  /** Clients no longer in this PC's scope: delete their rows. */
  removedClients: string[];
  /** Clients whose cursor is older than the hub's tombstone retention: delete their rows, pull from 0. */
  resyncClients: string[];
}

export const HUB_ERROR_CODES = [
  'BAD_REQUEST',
  'UNAUTHENTICATED',
  'LOCKED',
  'FORBIDDEN',
  'DEVICE_REVOKED',
  'USER_INACTIVE',
  'PROTOCOL_MISMATCH',
  'SCHEMA_TOO_OLD',
  'SCHEMA_TOO_NEW',
  'MUTATION_GAP',
  'DEVICE_DIVERGED',
  'NOT_FOUND',
  'INTERNAL',
] as const;
export type HubErrorCode = (typeof HUB_ERROR_CODES)[number];

/** Every failed sync request answers `{ error: { code, message } }` with an HTTP status. */
export interface HubErrorBody {
  error: { code: HubErrorCode; message: string };
}

export const revokeRequestSchema = z.strictObject({
  deviceId: z.string().min(1).max(100),
  target: z.string().min(1).max(100),
});
export type RevokeRequest = z.infer<typeof revokeRequestSchema>;

export interface DeviceInfo {
  deviceId: string;
  name: string;
  userId: string;
  createdAt: string;
  lastPushAt: string | null;
  lastPullAt: string | null;
  revokedAt: string | null;
}

// Response schemas: the PC checks what the hub answers before it applies anything.

const syncScopeSchema = z.object({ all: z.boolean(), clients: z.array(z.string()) });

export const joinResponseSchema: z.ZodType<JoinResponse> = z.object({
  deviceId: z.string(),
  deviceSecret: z.string(),
  user: z.object({ user_id: z.string(), username: z.string(), role: z.string() }),
  scope: syncScopeSchema,
});

export const mutationResultSchema: z.ZodType<MutationResult> = z.object({
  mutationId: z.number().int(),
  status: z.enum(MUTATION_STATUSES),
  serverVersion: z.number().int().optional(),
  conflictKind: z.enum(CONFLICT_KINDS).optional(),
  conflictId: z.number().int().optional(),
  refusal: z.object({ code: z.enum(REFUSAL_CODES), message: z.string() }).optional(),
  serverRow: syncRowSchema.nullable().optional(),
  replayed: z.boolean().optional(),
});

export const pushResponseSchema: z.ZodType<PushResponse> = z.object({
  lastMutationId: z.number().int(),
  results: z.array(mutationResultSchema),
});

export const pullResponseSchema: z.ZodType<PullResponse> = z.object({
  changes: z.array(z.object({ table: z.string(), row: syncRowSchema, serverVersion: z.number().int() })),
  cursors: z.record(z.string(), z.number().int()),
  plantCursor: z.number().int(),
  more: z.boolean(),
  scope: syncScopeSchema,
  removedClients: z.array(z.string()),
  resyncClients: z.array(z.string()),
});

export const hubErrorBodySchema: z.ZodType<HubErrorBody> = z.object({
  error: z.object({ code: z.enum(HUB_ERROR_CODES), message: z.string() }),
});
