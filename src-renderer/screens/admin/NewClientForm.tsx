import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
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
  TEMPLATE_OPTIONS,
  templateLabel,
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
  const { t } = useTranslation();
  const id = useId();
  const [template, setTemplate] = useState<DefectTemplateName>(STANDARD_TEMPLATE);
  // What to tell once the form has finished saving (the template's outcome is known only then).
  const outcome = useRef('');

  async function save(values: Record<string, unknown>): Promise<Result<Client>> {
    const created = await invoke('clients.create', values);
    if (!created.ok) return created;
    const clientId = created.data.client_id;
    if (template === STANDARD_TEMPLATE) {
      outcome.current = t('clients.createdDefault', { client: clientId });
      return created;
    }
    const applied = await invoke('defectTypes.applyTemplate', { client_id: clientId, template });
    outcome.current = applied.ok
      ? t('clients.createdWith', {
          client: clientId,
          outcome: templateOutcome(applied.data.added, template, clientId),
        })
      : t('clients.createdWithout', {
          client: clientId,
          template: templateLabel(template),
          message: errorText(applied.error),
        });
    return created;
  }

  return (
    <RecordForm
      spec={TABLE_SPECS.client}
      title={t('clients.newTitle')}
      groups={CLIENT_GROUPS}
      row={null}
      save={save}
      onSaved={(client) => onCreated(client, outcome.current)}
      onCancel={onCancel}
      submitLabel={t('clients.create')}
    >
      <div className="field">
        <label htmlFor={`${id}-template`}>{t('clients.templateLabel')}</label>
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
              {option.value === STANDARD_TEMPLATE
                ? t('clients.standard', { template: templateLabel(option.value) })
                : templateLabel(option.value)}
            </option>
          ))}
        </select>
        <p id={`${id}-template-hint`} className="field-hint">
          {t('clients.templateHint')}
        </p>
      </div>
    </RecordForm>
  );
}
