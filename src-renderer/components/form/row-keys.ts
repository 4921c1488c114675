import type { KeyboardEvent } from 'react';

/**
 * Keyboard for a list whose rows are focusable (`tabIndex={0}`): arrows move to the next or
 * previous row and select it, Enter or Space selects the focused row, Home/End jump. Returns true
 * when the key was handled.
 */
export function rowKeys(event: KeyboardEvent<HTMLTableRowElement>, select: () => void): boolean {
  const row = event.currentTarget;
  let target: Element | null = null;
  switch (event.key) {
    case 'ArrowDown':
      target = row.nextElementSibling;
      break;
    case 'ArrowUp':
      target = row.previousElementSibling;
      break;
    case 'Home':
      target = row.parentElement?.firstElementChild ?? null;
      break;
    case 'End':
      target = row.parentElement?.lastElementChild ?? null;
      break;
    case 'Enter':
    case ' ':
      event.preventDefault();
      select();
      return true;
    default:
      return false;
  }
  event.preventDefault();
  if (target instanceof HTMLElement) {
    target.focus();
    // Selecting follows the focus, so the side panel always shows the row the arrow landed on.
    target.click();
  }
  return true;
}
