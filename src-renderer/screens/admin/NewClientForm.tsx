import { useId, useRef, useState } from 'react';
import type { Result } from '../../../src-shared/contract';
import type { Row } from '../../../src-shared/db/schema';
import type { DefectTemplateName } from '../../../src-shared/domain/defect-template-names';
import { TABLE_SPECS } from '../../../src-shared/tables/registry';
import { errorText, invoke } from '../../api/client';
import { RecordForm } from '../../components/form/RecordForm';
import { CLIENT_GROUPS } from './client-fields';
import {
  isTemplateName,
  STANDARD_TEMPLATE,
  TEMPLATE_LABELS,
  TEMPLATE_OPTIONS,
  templateOutcome,
} from './defect-templates';

type Client = Row<'client'>;

interface NewClientFormProps {
  onCreated(client: Client, words: string): void;
  onCancel(): void;
}

/**
 * A new client. The core gives it the default shift calendar, targets and reason lists and the
 * standard defect catalogue; the industry picked here then adds its own defect codes on top.
 */
export function NewClientForm({ onCreated, onCancel }: NewClientFormProps) {
  const id = useId();
  const [template, setTemplate] = useState<DefectTemplateName>(STANDARD_TEMPLATE);
  // What to tell once the form has finished saving (the template's outcome is known only then).
  const outcome = useRef('');

  async function save(values: Record<string, unknown>): Promise<Result<Client>> {
    const created = await invoke('clients.create', values);
    if (!created.ok) return created;
    const clientId = created.data.client_id;
    if (template === STANDARD_TEMPLATE) {
      outcome.current = `Created ${clientId} with the default targets, shifts and lists.`;
      return created;
    }
    const applied = await invoke('defectTypes.applyTemplate', { client_id: clientId, template });
    outcome.current = applied.ok
      ? `Created ${clientId}. ${templateOutcome(applied.data.added, template, clientId)}`
      : `Created ${clientId}, but the ${TEMPLATE_LABELS[template]} defect codes were not added: ${errorText(applied.error)} Add them under Defect types.`;
    return created;
  }

  return (
    <RecordForm
      spec={TABLE_SPECS.client}
      title="New client"
      groups={CLIENT_GROUPS}
      row={null}
      save={save}
      onSaved={(client) => onCreated(client, outcome.current)}
      onCancel={onCancel}
      submitLabel="Create client"
    >
      <div className="field">
        <label htmlFor={`${id}-template`}>Defect codes to start from</label>
        <select
          id={`${id}-template`}
          value={template}
          onChange={(event) => {
            if (isTemplateName(event.target.value)) setTemplate(event.target.value);
          }}
          aria-describedby={`${id}-template-hint`}
        >
          {TEMPLATE_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
              {option.value === STANDARD_TEMPLATE ? ' (standard)' : ''}
            </option>
          ))}
        </select>
        <p id={`${id}-template-hint`} className="field-hint">
          Every client starts with the standard codes; another industry adds its codes too.
        </p>
      </div>
    </RecordForm>
  );
}
