import { create } from 'zustand';
import type { DraftRecord } from '../../src-shared/contract/drafts';
import { errorText, invoke } from '../api/client';
import { DraftWriter } from './draft-writer';

/**
 * The signed-in user's drafts as this window knows them: the ones the core keeps (`known`), which
 * of them a grid on screen has taken over (`owned`), the ones the user chose to restore and whose
 * grid has not opened yet (`restoring`), and each key's write state. A draft known but not owned
 * is offered back: "You have 3 unsaved rows on …: Restore / Discard".
 */
export interface DraftsState {
  userId: string | null;
  /** True once the core's list arrived: until then no grid writes, so none overwrites an unseen draft. */
  loaded: boolean;
  known: Readonly<Record<string, DraftRecord>>;
  owned: Readonly<Record<string, number>>;
  restoring: Readonly<Record<string, true>>;
  pending: Readonly<Record<string, true>>;
  problems: Readonly<Record<string, string>>;
  /** Why the list could not be read, if it could not. */
  loadProblem: string | null;
}

const EMPTY: DraftsState = {
  userId: null,
  loaded: false,
  known: {},
  owned: {},
  restoring: {},
  pending: {},
  problems: {},
  loadProblem: null,
};

export const useDraftsStore = create<DraftsState>()(() => ({ ...EMPTY }));

const set = useDraftsStore.setState;
const get = useDraftsStore.getState;

function without<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  if (!(key in record)) return record as Record<string, T>;
  const copy = { ...record };
  delete copy[key];
  return copy;
}

/** The one writer of this window's drafts. */
export const draftWriter = new DraftWriter({
  put: (draft) => invoke('drafts.put', draft),
  remove: (key) => invoke('drafts.delete', { key }),
  onWritten(key, kept) {
    if (!kept) {
      set((s) => ({ known: without(s.known, key) }));
      return;
    }
    const { draft, updatedAt } = kept;
    const record: DraftRecord = {
      key,
      clientId: draft.clientId,
      summary: draft.summary,
      rowCount: draft.body.rows.length,
      updatedAt,
      body: draft.body,
    };
    set((s) => ({ known: { ...s.known, [key]: record } }));
  },
  onState(key, { pending, problem }) {
    set((s) => ({
      pending: pending ? { ...s.pending, [key]: true } : without(s.pending, key),
      problems: problem ? { ...s.problems, [key]: problem } : without(s.problems, key),
    }));
  },
});

/** Reads the user's drafts after sign-in (the core leaves out clients they no longer see). */
export async function loadDrafts(userId: string): Promise<void> {
  if (get().userId !== userId) {
    draftWriter.clear();
    set({ ...EMPTY, userId });
  }
  const answer = await invoke('drafts.list', {});
  if (get().userId !== userId) return;
  if (!answer.ok) {
    // Grids write anyway: what is typed now matters more than an offer that cannot be read.
    set({ loaded: true, loadProblem: errorText(answer.error) });
    return;
  }
  const listed = Object.fromEntries(answer.data.map((d) => [d.key, d]));
  // A draft this window kept meanwhile is newer than the list.
  set((s) => ({ loaded: true, loadProblem: null, known: { ...listed, ...s.known } }));
}

/** Forgets the drafts of the user who left (theirs stay in the core, for them). */
export function resetDrafts(): void {
  draftWriter.clear();
  set({ ...EMPTY });
}

/** Writes every waiting draft now; resolves to the rows that could not be kept. */
export function flushDrafts(): Promise<number> {
  return draftWriter.flush();
}

/** A grid on screen holds this draft's rows: it is no longer offered. */
export function ownDraft(key: string): void {
  set((s) => ({
    owned: { ...s.owned, [key]: (s.owned[key] ?? 0) + 1 },
    restoring: without(s.restoring, key),
  }));
}

/** The grid holding this draft left the screen: its rows are offered again (once kept). */
export function releaseDraft(key: string): void {
  set((s) => {
    const count = (s.owned[key] ?? 0) - 1;
    return { owned: count > 0 ? { ...s.owned, [key]: count } : without(s.owned, key) };
  });
}

/** The person chose Restore: the grid of this key takes the rows when it opens. */
export function markRestoring(key: string): void {
  set((s) => ({ restoring: { ...s.restoring, [key]: true } }));
}

/** The person chose Discard on an offer: the draft is dropped in the core. */
export async function discardDraft(key: string): Promise<string | null> {
  const answer = await invoke('drafts.delete', { key });
  if (!answer.ok) return errorText(answer.error);
  set((s) => ({ known: without(s.known, key), restoring: without(s.restoring, key) }));
  return null;
}

/** Drafts kept for this user that no grid on screen holds: what to offer back, newest first. */
export function offeredDrafts(state: Pick<DraftsState, 'known' | 'owned'>): DraftRecord[] {
  return Object.values(state.known)
    .filter((d) => !state.owned[d.key])
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}
