import { create } from 'zustand';

/**
 * Unsaved rows per open grid, so the shell can ask before a screen change throws them away. Each
 * grid reports its own count under its own id; the shell reads the total.
 */
export interface UnsavedState {
  counts: Readonly<Record<string, number>>;
  report(source: string, count: number): void;
  forget(source: string): void;
}

export const useUnsavedStore = create<UnsavedState>()((set) => ({
  counts: {},
  report(source, count) {
    set((state) => {
      if ((state.counts[source] ?? 0) === count) return state;
      const counts = { ...state.counts };
      if (count > 0) counts[source] = count;
      else delete counts[source];
      return { counts };
    });
  },
  forget(source) {
    set((state) => {
      if (!(source in state.counts)) return state;
      const counts = { ...state.counts };
      delete counts[source];
      return { counts };
    });
  },
}));

/** Unsaved rows across every open grid. */
export function unsavedTotal(counts: Readonly<Record<string, number>>): number {
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}

/** The question asked before unsaved rows would be lost. */
export function leaveQuestion(total: number): string {
  return `You have ${total} unsaved ${total === 1 ? 'row' : 'rows'}. Leave without saving?`;
}

/**
 * True when it is fine to leave the open screen: nothing unsaved, or the person said so. `ask` is
 * the browser's confirm by default (a desktop dialog in Electron, Enter/Esc by keyboard).
 */
export function confirmLeave(ask: (question: string) => boolean = (q) => window.confirm(q)): boolean {
  const total = unsavedTotal(useUnsavedStore.getState().counts);
  return total === 0 || ask(leaveQuestion(total));
}
