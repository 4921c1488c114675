import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DefectTemplateName } from '../../../src-shared/domain/defect-template-names';
import { errorText, invoke } from '../../api/client';
import { isTemplateName, TEMPLATE_OPTIONS, templateLabel, templateOutcome } from './defect-templates';

interface ApplyTemplateFormProps {
  clientId: string;
  /** Told how it went: the sentence, and whether codes were added (the grid then reloads). */
  onDone(outcome: { text: string; failed: boolean; added: number }): void;
  onCancel(): void;
}

/** Adds an industry catalogue's defect codes that the client does not have yet; existing codes stay as they are. */
export function ApplyTemplateForm({ clientId, onDone, onCancel }: ApplyTemplateFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [template, setTemplate] = useState<DefectTemplateName>('general_manufacturing');
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    setPending(true);
    const result = await invoke('defectTypes.applyTemplate', { client_id: clientId, template });
    setPending(false);
    onDone(
      result.ok
        ? {
            text: templateOutcome(result.data.added, template, clientId),
            failed: false,
            added: result.data.added,
          }
        : { text: t('defects.noneAdded', { message: errorText(result.error) }), failed: true, added: 0 },
    );
  }

  return (
    <form
      className="template-form"
      aria-label={t('defects.templateForm')}
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !pending) onCancel();
      }}
    >
      <label htmlFor={`${id}-template`}>{t('defects.template')}</label>
      <select
        id={`${id}-template`}
        value={template}
        // biome-ignore lint/a11y/noAutofocus: opened by a button press, so the choice is where the keyboard is.
        autoFocus
        onChange={(event) => {
          if (isTemplateName(event.target.value)) setTemplate(event.target.value);
        }}
      >
        {TEMPLATE_OPTIONS.map((option) => (
          <option key={option.value} value={option.value}>
            {templateLabel(option.value)}
          </option>
        ))}
      </select>
      <button type="submit" disabled={pending}>
        {pending ? t('defects.adding') : t('defects.add')}
      </button>
      <button type="button" className="button-secondary" onClick={onCancel} disabled={pending}>
        {t('common.cancel')}
      </button>
      <span className="field-hint">{t('defects.kept', { client: clientId })}</span>
    </form>
  );
}
