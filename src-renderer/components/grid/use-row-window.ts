import { type RefObject, useCallback, useLayoutEffect, useRef, useState } from 'react';

/** From this many lines on, only the rows in and near view are drawn. */
export const WINDOW_FROM = 80;
/** Rows drawn above and below the visible ones, so scrolling never shows a blank band. */
const OVERSCAN = 12;
/** A row's height before one is measured (a cell's text, padding and border). */
const ESTIMATED_ROW_PX = 40;

export interface RowWindow {
  /** Whether rows are windowed at all. */
  windowed: boolean;
  first: number;
  /** One past the last line drawn. */
  last: number;
  /** Heights of the space standing for the rows not drawn, above and below. */
  above: number;
  below: number;
  /** Scrolls so `line` is drawn (keyboard moves beyond the drawn rows). */
  bringIntoWindow(line: number): void;
  onScroll(): void;
}

/**
 * Virtual rows for a long grid: only the rows in view (and a margin) are in the page, the rest
 * stand as two spacers of their estimated height, so a page of hundreds of rows scrolls and types
 * as fast as a short one. Off while printing (every row prints) and for short grids.
 */
export function useRowWindow(box: RefObject<HTMLElement | null>, lines: number, enabled: boolean): RowWindow {
  const windowed = enabled && lines > WINDOW_FROM;
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(600);
  const rowHeight = useRef(ESTIMATED_ROW_PX);

  // Measures a drawn row, so the spacers match the rows they stand for.
  useLayoutEffect(() => {
    const element = box.current;
    if (!windowed || !element) return;
    const row = element.querySelector<HTMLElement>('tbody tr.grid-row');
    if (row && row.offsetHeight > 0) rowHeight.current = row.offsetHeight;
    if (element.clientHeight > 0) setViewport(element.clientHeight);
  });

  const height = rowHeight.current;
  const first = windowed ? Math.max(0, Math.floor(scrollTop / height) - OVERSCAN) : 0;
  const last = windowed ? Math.min(lines, Math.ceil((scrollTop + viewport) / height) + OVERSCAN) : lines;

  const onScroll = useCallback(() => {
    const element = box.current;
    if (element) setScrollTop(element.scrollTop);
  }, [box]);

  const bringIntoWindow = useCallback(
    (line: number) => {
      const element = box.current;
      if (!element) return;
      element.scrollTop = Math.max(0, line * rowHeight.current - element.clientHeight / 2);
      setScrollTop(element.scrollTop);
    },
    [box],
  );

  return {
    windowed,
    first,
    last,
    above: first * height,
    below: Math.max(0, lines - last) * height,
    bringIntoWindow,
    onScroll,
  };
}
