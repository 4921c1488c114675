import { create } from 'zustand';
import { fmt } from '../i18n/fmt';
import { i18next } from '../i18n/i18n';

/**
 * Unsaved rows per open grid, so the shell can ask before a screen change or a new client, date
 * or shift leaves them behind. Each grid reports its own count under its own id, with where its
 * rows would be saved ("My shift › Production for BOOT-LINE-A, 2026-03-02 1st shift").
 */
export interface UnsavedState {
  counts: Readonly<Record<string, number>>;
  /** Where each grid's unsaved rows would be saved, in words. */
  places: Readonly<Record<string, string>>;
  report(source: string, count: number, place?: string): void;
  forget(source: string): void;
}

function without<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

export const useUnsavedStore = create<UnsavedState>()((set) => ({
  counts: {},
  places: {},
  report(source, count, place) {
    set((state) => {
      const samePlace = (state.places[source] ?? undefined) === (count > 0 ? place : undefined);
      if ((state.counts[source] ?? 0) === count && samePlace) return state;
      if (count <= 0) return { counts: without(state.counts, source), places: without(state.places, source) };
      const places = place ? { ...state.places, [source]: place } : without(state.places, source);
      return { counts: { ...state.counts, [source]: count }, places };
    });
  },
  forget(source) {
    set((state) => {
      if (!(source in state.counts) && !(source in state.places)) return state;
      return { counts: without(state.counts, source), places: without(state.places, source) };
    });
  },
}));

/** Unsaved rows across every open grid. */
export function unsavedTotal(counts: Readonly<Record<string, number>>): number {
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}

function rows(total: number): string {
  return i18next.t('drafts.rows', { count: total, formatted: fmt.number(total, 0) });
}

/** "3 unsaved rows (on My shift › Production for …; on …)": the count and where they belong. */
export function unsavedSummary(
  counts: Readonly<Record<string, number>>,
  places: Readonly<Record<string, string>>,
): string {
  const total = unsavedTotal(counts);
  const where = [...new Set(Object.keys(counts).flatMap((source) => places[source] ?? []))];
  return where.length > 0
    ? i18next.t('unsaved.rowsOn', { rows: rows(total), where: where.join('; ') })
    : rows(total);
}

/** The question asked before leaving a screen that has unsaved rows. */
export function leaveQuestion(
  counts: Readonly<Record<string, number>>,
  places: Readonly<Record<string, string>> = {},
): string {
  return i18next.t('unsaved.leave', { summary: unsavedSummary(counts, places) });
}

/** The question asked before the client, date or shift changes under unsaved rows. */
export function scopeChangeQuestion(
  target: string,
  counts: Readonly<Record<string, number>>,
  places: Readonly<Record<string, string>> = {},
): string {
  return i18next.t('unsaved.scopeChange', { summary: unsavedSummary(counts, places), target });
}

type Ask = (question: string) => boolean;
const browserAsk: Ask = (q) => window.confirm(q);

/**
 * True when it is fine to leave the open screen: nothing unsaved, or the person said so. `ask` is
 * the browser's confirm by default (a desktop dialog in Electron, Enter/Esc by keyboard).
 */
export function confirmLeave(ask: Ask = browserAsk): boolean {
  const { counts, places } = useUnsavedStore.getState();
  return unsavedTotal(counts) === 0 || ask(leaveQuestion(counts, places));
}

/** True when the client, date or shift may change to `target`: nothing unsaved, or the person said so. */
export function confirmScopeChange(target: string, ask: Ask = browserAsk): boolean {
  const { counts, places } = useUnsavedStore.getState();
  return unsavedTotal(counts) === 0 || ask(scopeChangeQuestion(target, counts, places));
}
