import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation();
  const saved = rows.filter((r) => r.saved !== null).length;
  return (
    <div className="grid-bar">
      <div className="grid-bar-row">
        <h3 id={titleId}>{title}</h3>
        <span className="grid-count" data-testid="grid-count">
          {t('grid.saved', { count: saved })}
          {dirtyCount > 0 && <strong> · {t('grid.unsaved', { count: dirtyCount })}</strong>}
          {draft.kind !== 'none' && (
            <span className={`grid-draft grid-draft-${draft.kind}`} data-testid="grid-draft">
              {' '}
              ({t(`grid.draft.${draft.kind}`)})
            </span>
          )}
        </span>
        {range}
        <div className="grid-buttons">
          {actions}
          {find}
          {!readOnly && (
            <>
              <button type="button" onClick={onSave} aria-keyshortcuts="Control+Enter">
                {t('grid.saveAll')}
              </button>
              <button
                type="button"
                className="button-secondary"
                onClick={grid.discard}
                disabled={dirtyCount === 0}
              >
                {t('grid.discard')}
              </button>
            </>
          )}
          <button type="button" className="button-secondary" onClick={grid.reload}>
            {t('grid.reload')}
          </button>
        </div>
      </div>
      {waiting && (
        <p className="notice" role="status">
          {t('grid.waiting', { count: dirtyCount, client: grid.shownScope.clientId ?? t('grid.thePlant') })}
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
          {t('grid.draftRefused', { problem: draft.problem })}
        </p>
      )}
      <p className="grid-notice" role="status">
        {notice}
      </p>
    </div>
  );
}
