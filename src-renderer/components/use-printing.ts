import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * True while the page is being printed (the print dialog, Ctrl+P, print to PDF): screens show
 * everything then (every row of a grid, not the window that fits the screen) and the print header
 * reads the time of printing.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(
    () =>
      typeof window !== 'undefined' &&
      typeof window.matchMedia === 'function' &&
      window.matchMedia('print').matches,
  );
  useEffect(() => {
    // Drawn at once: the browser lays the page out for paper right after `beforeprint` returns.
    const on = () => flushSync(() => setPrinting(true));
    const off = () => setPrinting(false);
    window.addEventListener('beforeprint', on);
    window.addEventListener('afterprint', off);
    const media = typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
    const change = (event: MediaQueryListEvent) => flushSync(() => setPrinting(event.matches));
    media?.addEventListener('change', change);
    return () => {
      window.removeEventListener('beforeprint', on);
      window.removeEventListener('afterprint', off);
      media?.removeEventListener('change', change);
    };
  }, []);
  return printing;
}
