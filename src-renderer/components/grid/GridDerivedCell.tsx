import type { DerivedColumn } from './grid-types';

interface GridDerivedCellProps {
  column: DerivedColumn;
  texts: Readonly<Record<string, string>>;
  /** The row as stored, or null for a row not saved yet. */
  saved: Readonly<Record<string, unknown>> | null;
  /** The new-row line's pre-filled values are muted like its typed cells. */
  muted: boolean;
}

/** A worked-out cell: not part of the keyboard cursor (nothing to type), recomputed as cells change. */
export function GridDerivedCell({ column, texts, saved, muted }: GridDerivedCellProps) {
  const classes = ['grid-cell', 'grid-derived'];
  if (column.numeric) classes.push('grid-cell-number');
  if (muted) classes.push('grid-cell-muted');
  return (
    <td className={classes.join(' ')}>
      <span className="grid-cell-text">{column.value(texts, saved)}</span>
    </td>
  );
}
