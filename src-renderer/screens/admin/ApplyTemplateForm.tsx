import { type FormEvent, useId, useState } from 'react';
import type { DefectTemplateName } from '../../../src-shared/domain/defect-template-names';
import { errorText, invoke } from '../../api/client';
import { isTemplateName, TEMPLATE_OPTIONS, templateOutcome } from './defect-templates';

interface ApplyTemplateFormProps {
  clientId: string;
  /** Told how it went: the sentence, and whether codes were added (the grid then reloads). */
  onDone(outcome: { text: string; failed: boolean; added: number }): void;
  onCancel(): void;
}

/** Adds an industry catalogue's defect codes that the client does not have yet; existing codes stay as they are. */
export function ApplyTemplateForm({ clientId, onDone, onCancel }: ApplyTemplateFormProps) {
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
        : { text: `No codes were added: ${errorText(result.error)}`, failed: true, added: 0 },
    );
  }

  return (
    <form
      className="template-form"
      aria-label="Add codes from an industry template"
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <label htmlFor={`${id}-template`}>Industry template</label>
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
            {option.label}
          </option>
        ))}
      </select>
      <button type="submit" disabled={pending}>
        {pending ? 'Adding…' : 'Add codes'}
      </button>
      <button type="button" className="button-secondary" onClick={onCancel}>
        Cancel
      </button>
      <span className="field-hint">Codes {clientId} already has are kept as they are.</span>
    </form>
  );
}
