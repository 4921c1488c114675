import { memo } from 'react';
import { i18next } from '../../i18n/i18n';
import { GridCell } from './GridCell';
import { GridDerivedCell } from './GridDerivedCell';
import type { ColumnSlot } from './grid-columns';
import type { GridKey } from './grid-keyboard';
import { rowWarnings } from './grid-rows';
import type { GridRow } from './grid-types';
import { RowStateBadge } from './RowStateBadge';
import type { OptionSource } from './use-grid-options';

export interface GridRowViewProps {
  gridId: string;
  index: number;
  /** Null for the new-row line. */
  row: GridRow | null;
  /** The typed and worked-out columns, in the order shown. */
  slots: readonly ColumnSlot[];
  defaults: Readonly<Record<string, string>>;
  /** The cursor's column when the cursor is on this row, else null. */
  activeCol: number | null;
  editing: boolean;
  draft: string;
  source: OptionSource;
  onDraft(text: string): void;
  onEditorKey(key: GridKey, text: string): boolean;
  onPick(value: string): void;
  onDelete(index: number): void;
  /** No delete button on a read-only grid. */
  readOnly?: boolean;
}

/** One row of the grid (or the new-row line), its state and, below it, a message for the whole row. */
export const GridRowView = memo(function GridRowView(props: GridRowViewProps) {
  const { gridId, index, row, slots, activeCol, editing, source } = props;
  const texts = row?.texts ?? props.defaults;
  const rowKey = row?.id ?? 'new';
  const messageId = `${gridId}-${rowKey}-message`;
  const warningId = `${gridId}-${rowKey}-warning`;
  // A saved row the core flags (implausible figures someone confirmed): it counts, but is to check.
  const warnings = rowWarnings(row?.saved ?? null);
  return (
    <>
      <tr
        className={row ? `grid-row grid-row-${row.state}` : 'grid-row grid-new-row'}
        aria-describedby={
          [row?.rowError ? messageId : '', warnings.length > 0 ? warningId : ''].join(' ').trim() || undefined
        }
      >
        <th scope="row" className="grid-row-head">
          {row ? (
            <RowStateBadge state={row.state} />
          ) : (
            <span className="grid-new-label">{i18next.t('grid.newRow')}</span>
          )}
          {warnings.length > 0 && (
            <span className="row-flag" data-testid="row-flag" title={warnings.join('\n')}>
              <span aria-hidden="true">⚑</span> {i18next.t('grid.check')}
            </span>
          )}
        </th>
        {slots.map((slot) => {
          if (slot.kind === 'derived')
            return (
              <GridDerivedCell
                key={`derived:${slot.column.label}`}
                column={slot.column}
                texts={texts}
                saved={row?.saved ?? null}
                muted={row === null}
              />
            );
          const { column, col } = slot;
          const text = texts[column.name] ?? '';
          return (
            <GridCell
              key={column.name}
              rowIndex={index}
              colIndex={col}
              column={column}
              shown={source.display(column, text)}
              error={row?.errors[column.name]}
              errorId={`${gridId}-${rowKey}-${column.name}-error`}
              active={activeCol === col}
              editing={editing}
              draft={props.draft}
              muted={row === null}
              options={activeCol === col && editing ? source.optionsFor(column, texts) : null}
              onDraft={props.onDraft}
              onEditorKey={props.onEditorKey}
              onPick={props.onPick}
            />
          );
        })}
        <td className="grid-actions">
          {row && row.state !== 'saving' && !props.readOnly && (
            <button
              type="button"
              className="button-secondary grid-delete"
              // Out of the Tab order: Tab moves between cells; Ctrl+Delete deletes by keyboard.
              tabIndex={-1}
              onClick={() => props.onDelete(index)}
            >
              {row.saved ? i18next.t('grid.delete') : i18next.t('grid.remove')}
            </button>
          )}
        </td>
      </tr>
      {warnings.length > 0 && !row?.rowError && (
        <tr className="grid-row-warning">
          <td colSpan={slots.length + 2} id={warningId}>
            {i18next.t('grid.checkWarnings', { warnings: warnings.join(' ') })}
          </td>
        </tr>
      )}
      {row?.rowError && (
        <tr className="grid-row-message">
          <td colSpan={slots.length + 2} id={messageId} role="alert">
            {row.rowError}
          </td>
        </tr>
      )}
    </>
  );
});
