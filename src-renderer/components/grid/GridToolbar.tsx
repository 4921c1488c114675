import type { ReactNode } from 'react';
import type { DraftState } from './use-grid-draft';
import type { useGridRows } from './use-grid-rows';

interface GridToolbarProps {
  titleId: string;
  title: string;
  grid: ReturnType<typeof useGridRows>;
  actions: ReactNode;
  message: { text: string; failed: boolean } | null;
  onSave(): void;
  /** A read-only grid has nothing to save or discard. */
  readOnly?: boolean;
  /** Whether the unsaved rows are kept as a draft on this PC. */
  draft?: DraftState;
  /** Which rows are shown (count and pages), after the grid's counts. */
  range?: ReactNode;
  /** The button that shows the search and filters. */
  find?: ReactNode;
}

const DRAFT_WORDS: Record<DraftState['kind'], string> = {
  none: '',
  pending: 'keeping them as a draft…',
  kept: 'kept as a draft on this PC',
  refused: 'not kept as a draft',
};

/** The grid's title, its counts and messages, and Save all / Discard / Reload. */
export function GridToolbar({
  titleId,
  title,
  grid,
  actions,
  message,
  onSave,
  readOnly,
  draft = { kind: 'none' },
  range,
  find,
}: GridToolbarProps) {
  const { rows, dirtyCount, notice, waiting } = grid;
  const saved = rows.filter((r) => r.saved !== null).length;
  return (
    <div className="grid-bar">
      <div className="grid-bar-row">
        <h3 id={titleId}>{title}</h3>
        <span className="grid-count" data-testid="grid-count">
          {saved} saved {saved === 1 ? 'row' : 'rows'}
          {dirtyCount > 0 && <strong> · {dirtyCount} unsaved</strong>}
          {draft.kind !== 'none' && (
            <span className={`grid-draft grid-draft-${draft.kind}`} data-testid="grid-draft">
              {' '}
              ({DRAFT_WORDS[draft.kind]})
            </span>
          )}
        </span>
        {range}
        <div className="grid-buttons">
          {actions}
          {find}
          {!readOnly && (
            <>
              <button type="button" onClick={onSave}>
                Save all (Ctrl+Enter)
              </button>
              <button
                type="button"
                className="button-secondary"
                onClick={grid.discard}
                disabled={dirtyCount === 0}
              >
                Discard changes
              </button>
            </>
          )}
          <button type="button" className="button-secondary" onClick={grid.reload}>
            Reload
          </button>
        </div>
      </div>
      {waiting && (
        <p className="notice" role="status">
          The client or period changed. Save (Ctrl+Enter) or discard the {dirtyCount} unsaved{' '}
          {dirtyCount === 1 ? 'row' : 'rows'} below (still for {grid.shownScope.clientId ?? 'the plant'}) to
          see the new rows.
        </p>
      )}
      {message && (
        <p
          className={message.failed ? 'form-error' : 'grid-notice'}
          role={message.failed ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
      {draft.kind === 'refused' && (
        <p className="form-error" role="alert">
          These unsaved rows could not be kept as a draft: {draft.problem} Save them before leaving this PC.
        </p>
      )}
      <p className="grid-notice" role="status">
        {notice}
      </p>
    </div>
  );
}
