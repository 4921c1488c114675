import { useEffect, useMemo, useRef, useState } from 'react';
import type { CrudDomain } from '../../../src-shared/contract/domains';
import type { DraftLocation, DraftRow } from '../../../src-shared/contract/drafts';
import { SHIFT_TYPES, type ShiftType } from '../../../src-shared/domain/enums';
import type { TableSpec } from '../../../src-shared/tables/column';
import { draftWriter, ownDraft, releaseDraft, useDraftsStore } from '../../stores/drafts-store';
import { useScopeStore } from '../../stores/scope-store';
import { draftRowsOf, type OpenEdit } from './grid-draft';
import type { GridColumn, GridRow } from './grid-types';

export interface GridDraftOptions {
  key: string;
  screen: string;
  summary: string;
  clientId: string | null;
  domain: CrudDomain;
  spec: TableSpec;
  columns: readonly GridColumn[];
  defaults: Readonly<Record<string, string>>;
  fixed: Readonly<Record<string, unknown>>;
  rows: readonly GridRow[];
  edit: OpenEdit | null;
  /** The grid's rows are loaded (a restored draft is laid over them, not under). */
  ready: boolean;
  readOnly: boolean;
  /** Lays a kept draft's rows over the grid. */
  adopt(rows: readonly DraftRow[]): Promise<void>;
}

/** How safe this grid's unsaved rows are: none, being written, kept in the core, or refused. */
export type DraftState =
  | { kind: 'none' }
  | { kind: 'pending' }
  | { kind: 'kept' }
  | { kind: 'refused'; problem: string };

function isShiftType(value: unknown): value is ShiftType {
  return typeof value === 'string' && (SHIFT_TYPES as readonly string[]).includes(value);
}

/** Where the grid is now: its screen and client, and the period and shift on screen. */
function locationNow(
  screen: string,
  clientId: string | null,
  fixed: Readonly<Record<string, unknown>>,
): DraftLocation {
  const scope = useScopeStore.getState();
  const date = typeof fixed.shift_date === 'string' ? fixed.shift_date : scope.shift.date;
  const shift = isShiftType(fixed.shift_type) ? fixed.shift_type : scope.shift.shift;
  return {
    screen,
    client: clientId ?? scope.client,
    preset: scope.preset,
    custom: scope.custom,
    shift: { date, shift },
  };
}

/**
 * Keeps a grid's unsaved rows, the text in its open editor included, as the user's draft in the
 * core, a moment after each change, and drops it once they are saved or discarded. A draft kept
 * from before (a reload, a lock, a crash) is laid over the grid when the person chooses Restore,
 * or as soon as they type in the same grid, so new typing never overwrites it; until then it is
 * offered, not written over.
 */
export function useGridDraft(options: GridDraftOptions): DraftState {
  const { key, rows, columns, spec, defaults, edit, readOnly, ready } = options;
  const loaded = useDraftsStore((s) => s.loaded);
  const stored = useDraftsStore((s) => s.known[key]);
  const restoring = useDraftsStore((s) => s.restoring[key] === true);
  const pending = useDraftsStore((s) => s.pending[key] === true);
  const problem = useDraftsStore((s) => s.problems[key] ?? null);
  const draftRows = useMemo(
    () => (readOnly ? [] : draftRowsOf(rows, columns, spec, defaults, edit)),
    [readOnly, rows, columns, spec, defaults, edit],
  );
  const [adoptedKey, setAdoptedKey] = useState<string | null>(null);
  const adopting = useRef<string | null>(null);
  const adopted = adoptedKey === key;
  const optionsRef = useRef(options);
  optionsRef.current = options;

  // Takes over what is kept under this key, once: nothing (start writing), or the kept rows.
  useEffect(() => {
    if (adopted || !loaded || !ready || adopting.current === key) return;
    if (!stored) {
      setAdoptedKey(key);
      return;
    }
    // The offer stands until the person restores it or types here.
    if (!restoring && draftRows.length === 0) return;
    adopting.current = key;
    void optionsRef.current.adopt(stored.body.rows).finally(() => {
      adopting.current = null;
      setAdoptedKey(key);
    });
  }, [adopted, loaded, ready, stored, restoring, draftRows.length, key]);

  // While this grid holds the draft, it is not offered elsewhere.
  useEffect(() => {
    if (!adopted) return;
    ownDraft(key);
    return () => releaseDraft(key);
  }, [adopted, key]);

  // Writes what changed: the rows as they are now, or the draft's end once nothing is unsaved.
  const lastSent = useRef<{ key: string; text: string } | null>(null);
  useEffect(() => {
    if (!adopted) return;
    const { screen, summary, clientId, domain, fixed } = optionsRef.current;
    if (draftRows.length > 0) {
      const text = JSON.stringify([summary, draftRows]);
      if (lastSent.current?.key === key && lastSent.current.text === text) return;
      lastSent.current = { key, text };
      draftWriter.schedule(key, {
        kind: 'put',
        draft: {
          key,
          clientId,
          summary,
          body: { domain, location: locationNow(screen, clientId, fixed), rows: draftRows },
        },
      });
      return;
    }
    if (lastSent.current?.key === key && lastSent.current.text === '') return;
    const wasKept = useDraftsStore.getState().known[key] !== undefined || draftWriter.has(key);
    lastSent.current = { key, text: '' };
    if (wasKept) draftWriter.schedule(key, { kind: 'delete' });
  }, [adopted, key, draftRows]);

  if (draftRows.length === 0) return { kind: 'none' };
  if (problem) return { kind: 'refused', problem };
  return adopted && !pending ? { kind: 'kept' } : { kind: 'pending' };
}
