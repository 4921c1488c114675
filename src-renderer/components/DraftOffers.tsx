import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftRecord } from '../../src-shared/contract/drafts';
import { fmt } from '../i18n/fmt';
import { i18next } from '../i18n/i18n';
import { discardDraft, markRestoring, offeredDrafts, useDraftsStore } from '../stores/drafts-store';
import { useScopeStore } from '../stores/scope-store';
import { confirmLeave } from '../stores/unsaved-store';

function rowsWord(n: number): string {
  return i18next.t('drafts.rows', { count: n, formatted: fmt.number(n, 0) });
}

/**
 * Unsaved rows kept from before (a reload, a crash, a lock, a sign-out) that no grid on screen
 * holds: each offered with where it would be saved, to restore (the screen, client, period and
 * shift open and the rows come back) or to discard.
 */
export function DraftOffers() {
  const { t } = useTranslation();
  const known = useDraftsStore((s) => s.known);
  const owned = useDraftsStore((s) => s.owned);
  const restoring = useDraftsStore((s) => s.restoring);
  const goTo = useScopeStore((s) => s.goTo);
  const screen = useScopeStore((s) => s.screen);
  const [problem, setProblem] = useState<string | null>(null);
  const offers = offeredDrafts({ known, owned });
  if (offers.length === 0 && !problem) return null;

  const restore = (draft: DraftRecord): void => {
    // Opening another screen leaves this one's unsaved rows behind (kept as drafts): ask as the nav does.
    if (draft.body.location.screen !== screen && !confirmLeave()) return;
    markRestoring(draft.key);
    goTo(draft.body.location);
  };
  const discard = async (draft: DraftRecord): Promise<void> => {
    if (!window.confirm(t('drafts.discardAsk', { rows: rowsWord(draft.rowCount), where: draft.summary })))
      return;
    setProblem(await discardDraft(draft.key));
  };

  return (
    <section className="draft-offers" aria-label={t('drafts.region')}>
      <ul>
        {offers.map((draft) => (
          <li key={draft.key} data-testid="draft-offer">
            <span>
              {t('drafts.youHave')} <strong>{rowsWord(draft.rowCount)}</strong>{' '}
              {t('drafts.on', { where: draft.summary })}
              {restoring[draft.key] ? t('drafts.opening') : ''}:
            </span>
            <button type="button" onClick={() => restore(draft)}>
              {t('drafts.restore')}
            </button>
            <button type="button" className="button-secondary" onClick={() => void discard(draft)}>
              {t('drafts.discard')}
            </button>
          </li>
        ))}
      </ul>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
