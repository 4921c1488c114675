import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { useUnsavedStore } from '../../stores/unsaved-store';

/** The grid cell of `field` on row `row` (the new-row line counts); throws when it is not shown. */
export function cell(row: number, field: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(`td[data-row="${row}"][data-field="${field}"]`);
  if (!found) throw new Error(`no cell ${row}/${field}`);
  return found;
}

/** Each row's save state as the state column reads ("✓ Saved", "Unsaved", …). */
export function states(): (string | undefined)[] {
  return screen.queryAllByTestId('row-state').map((s) => s.textContent?.trim());
}

/** Every grid test starts with no unsaved rows counted and ends with the page emptied. */
export function resetBetweenGridTests(): void {
  beforeEach(() => useUnsavedStore.setState({ counts: {} }));
  afterEach(cleanup);
}
