import { useEffect, useRef } from 'react';

/**
 * Calls `onEscape` when Esc is pressed anywhere on the page, unless something inside (an open
 * panel) already took the key by calling preventDefault.
 */
export function useEscape(onEscape: () => void): void {
  const latest = useRef(onEscape);
  latest.current = onEscape;
  useEffect(() => {
    const listener = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) latest.current();
    };
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
}
