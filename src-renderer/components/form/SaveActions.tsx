import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface SaveActionsProps {
  /** What went wrong with the last try, shown above the buttons as an alert. */
  problem: string | null | undefined;
  /** A save is running: the buttons wait for it. */
  pending: boolean;
  /** The submit button's words. */
  label: string;
  /** Its words while the save runs; "Saving…" unless said. */
  pendingLabel?: string;
  /** Present: a secondary button that leaves the form, with `cancelLabel` (else "Cancel") on it. */
  onCancel?: () => void;
  cancelLabel?: string;
  /** More buttons after the way out (a record's Delete). */
  extra?: ReactNode;
}

/** The foot of a form: the last try's problem, the submit button and, where there is one, the way out. */
export function SaveActions({
  problem,
  pending,
  label,
  pendingLabel,
  onCancel,
  cancelLabel,
  extra,
}: SaveActionsProps) {
  const { t } = useTranslation();
  return (
    <>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" disabled={pending}>
          {pending ? (pendingLabel ?? t('recordForm.saving')) : label}
        </button>
        {onCancel && (
          <button type="button" className="button-secondary" onClick={onCancel} disabled={pending}>
            {cancelLabel ?? t('common.cancel')}
          </button>
        )}
        {extra}
      </div>
    </>
  );
}
