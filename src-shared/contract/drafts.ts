import { z } from 'zod';
import { SHIFT_TYPES } from '../domain/enums';
import { isIsoDate } from '../tables/formats';
import { channel } from './channel';
import { CRUD_DOMAINS, type CrudDomain } from './domains';

/**
 * Drafts: a user's unsaved grid rows, kept in the core database on this PC (table `user_draft`)
 * so what was typed survives a reload, a crashed window, an idle lock and a session that ended.
 *
 * Why the core and not the window's localStorage: localStorage is one store per browser profile,
 * readable by every person who signs in at that PC and by any script in the renderer, and it
 * cannot know who may still see a client. In the core, a draft belongs to the session's user
 * (never a payload's), another user can neither read nor overwrite it, a draft of a client the
 * user lost access to is never offered again, and it is never synced (not plant data).
 */

/** Bounds of one draft and of a user's drafts (the database checks the row too). */
export const DRAFT_LIMITS = {
  keyMax: 300,
  summaryMax: 300,
  rowsMax: 2000,
  cellMax: 4000,
  /** Drafts one user may keep at once: one per grid with unsaved rows. */
  perUser: 50,
  /** Serialised body, well under the browser host's 1 MB request limit. */
  bodyMax: 600_000,
  /** Drafts not touched for this many days are dropped when the user's drafts are next read. */
  keepDays: 30,
} as const;

const fieldName = z.string().regex(/^[a-z_]{1,64}$/, 'must be a field name');
const isoDate = z.string().refine(isIsoDate, 'must be a real date like 2026-03-02');
const domainNames = Object.keys(CRUD_DOMAINS) as [CrudDomain, ...CrudDomain[]];

/** One unsaved row: a saved row's key and version (null for a new row) and every cell as typed. */
const draftRow = z.strictObject({
  key: z.record(fieldName, z.string().max(200)).nullable(),
  version: z.number().int().min(1).nullable(),
  // Kept exactly as typed, odd characters included: the grid checks them when the row is saved.
  texts: z.record(fieldName, z.string().max(DRAFT_LIMITS.cellMax)),
});

/** Where the user was when typing: the screen, client, period and shift, to go back there. */
const draftLocation = z.strictObject({
  screen: z.string().regex(/^[a-z-]{1,40}$/, 'must be a screen id'),
  client: z.string().min(1).max(20).nullable(),
  preset: z.string().regex(/^[a-z0-9]{1,20}$/, 'must be a period'),
  custom: z.strictObject({ from: isoDate, to: isoDate }),
  shift: z.strictObject({ date: isoDate, shift: z.enum(SHIFT_TYPES) }),
});

/** What a draft holds: the grid's table, where it was, and its unsaved rows. */
export const draftBody = z.strictObject({
  domain: z.enum(domainNames),
  location: draftLocation,
  rows: z.array(draftRow).min(1).max(DRAFT_LIMITS.rowsMax),
});

export type DraftBody = z.infer<typeof draftBody>;
export type DraftRow = DraftBody['rows'][number];
export type DraftLocation = DraftBody['location'];

/** One of the user's drafts as the core keeps it. */
export interface DraftRecord {
  key: string;
  clientId: string | null;
  /** Where the rows would be saved, in words. */
  summary: string;
  rowCount: number;
  updatedAt: string;
  body: DraftBody;
}

const draftKey = z.string().min(1).max(DRAFT_LIMITS.keyMax);

/** The signed-in user's own drafts: list, keep (create or replace) and drop. */
export const draftChannels = {
  /** The caller's drafts, newest first, without those of clients they can no longer see. */
  'drafts.list': channel<DraftRecord[]>()(z.strictObject({})),
  /** Keeps (or replaces) the caller's draft under `key`; refused for a client outside their scope. */
  'drafts.put': channel<{ kept: true; updatedAt: string }>()(
    z.strictObject({
      key: draftKey,
      clientId: z.string().min(1).max(20).nullable(),
      summary: z.string().trim().min(1).max(DRAFT_LIMITS.summaryMax),
      body: draftBody,
    }),
  ),
  /** Drops the caller's draft under `key` (its rows were saved or discarded). */
  'drafts.delete': channel<{ deleted: boolean }>()(z.strictObject({ key: draftKey })),
};
