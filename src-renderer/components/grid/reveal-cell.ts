/**
 * Scrolls the grid's box so a cell is wholly visible beside the sticky state column and under the
 * sticky header (the browser's own scrolling counts a cell under them as visible), then the page
 * only as far as needed.
 */
export function revealCell(box: HTMLElement, cell: HTMLElement): void {
  const area = box.getBoundingClientRect();
  const rect = cell.getBoundingClientRect();
  const stickyLeft = box.querySelector('thead .grid-row-head')?.getBoundingClientRect().width ?? 0;
  const stickyTop = box.querySelector('thead')?.getBoundingClientRect().height ?? 0;
  if (rect.left < area.left + stickyLeft) box.scrollLeft -= area.left + stickyLeft - rect.left;
  else if (rect.right > area.right)
    box.scrollLeft += Math.min(rect.right - area.right, rect.left - area.left - stickyLeft);
  if (rect.top < area.top + stickyTop) box.scrollTop -= area.top + stickyTop - rect.top;
  else if (rect.bottom > area.bottom)
    box.scrollTop += Math.min(rect.bottom - area.bottom, rect.top - area.top - stickyTop);
  cell.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}
