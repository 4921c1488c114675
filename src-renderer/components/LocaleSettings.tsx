import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../src-shared/contract/auth';
import type { LocaleChoice } from '../../src-shared/i18n/locale';
import { errorText, invoke } from '../api/client';
import { useCsvOptions } from '../i18n/csv-options';
import { useSessionStore } from '../stores/session-store';
import { LocalePicker } from './LocalePicker';

/**
 * The user's own language and regional format: a header button opening a small dialog. Saved in
 * the core for this user (the next sign-in on this PC starts in it) and applied at once.
 */
export function LocaleSettings({ me }: { me: Me }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [draft, setDraft] = useState<LocaleChoice>(me.locale);
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const csv = useCsvOptions();
  // The dialog's fields exist only while it is open: a closed dialog's labels ("…separator…") must
  // not answer for the screen's own fields.
  const [open, setOpen] = useState(false);
  useEffect(() => setDraft(me.locale), [me.locale]);

  async function save() {
    setPending(true);
    setProblem(null);
    const result = await invoke('auth.setLocale', draft);
    setPending(false);
    if (!result.ok) {
      setProblem(errorText(result.error));
      return;
    }
    // The new `me` carries the choice; the window applies it (App) and every screen follows.
    useSessionStore.setState({ me: result.data });
    dialog.current?.close();
  }

  return (
    <>
      <button
        type="button"
        className="button-secondary"
        onClick={() => {
          setDraft(me.locale);
          setProblem(null);
          setOpen(true);
          dialog.current?.showModal();
        }}
      >
        {t('locale.settingsButton')}
      </button>
      <dialog
        ref={dialog}
        className="locale-dialog"
        aria-labelledby="locale-settings-title"
        onClose={() => setOpen(false)}
      >
        {open && (
          <>
            <h2 id="locale-settings-title">{t('locale.settingsTitle')}</h2>
            <LocalePicker value={draft} onChange={setDraft} />
            <fieldset className="csv-options">
              <legend>{t('locale.csvTitle')}</legend>
              <label>
                <input
                  type="checkbox"
                  checked={csv.regionalSeparator}
                  onChange={(event) => csv.set({ ...csv, regionalSeparator: event.target.checked })}
                />{' '}
                {t('locale.csvSeparator')}
              </label>
              <label>
                <input
                  type="checkbox"
                  checked={csv.labelRow}
                  onChange={(event) => csv.set({ ...csv, labelRow: event.target.checked })}
                />{' '}
                {t('locale.csvLabels')}
              </label>
              <p className="field-hint">{t('locale.csvNote')}</p>
            </fieldset>
            {problem && (
              <p className="form-error" role="alert">
                {problem}
              </p>
            )}
            <div className="dialog-buttons">
              <button type="button" disabled={pending} onClick={() => void save()}>
                {t('common.save')}
              </button>
              <button type="button" className="button-secondary" onClick={() => dialog.current?.close()}>
                {t('common.cancel')}
              </button>
            </div>
          </>
        )}
      </dialog>
    </>
  );
}
