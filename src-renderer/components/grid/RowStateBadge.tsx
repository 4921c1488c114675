import { useTranslation } from 'react-i18next';
import type { RowState } from './grid-types';

const LOOK: Record<RowState, { icon: string; words: string }> = {
  unsaved: { icon: '●', words: 'Unsaved' },
  saving: { icon: '…', words: 'Saving' },
  saved: { icon: '✓', words: 'Saved' },
  error: { icon: '!', words: 'Error' },
};

/** A row's save state as an icon and a word, so it reads without colour too. */
export function RowStateBadge({ state }: { state: RowState }) {
  const { icon } = LOOK[state];
  const { t } = useTranslation();
  const words = t(`grid.states.${state}`);
  return (
    <span className={`row-state row-state-${state}`} data-testid="row-state" data-state={state}>
      <span className="row-state-icon" aria-hidden="true">
        {icon}
      </span>{' '}
      {words}
    </span>
  );
}
