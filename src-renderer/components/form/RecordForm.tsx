import { type ReactNode, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorShape, Result } from '../../../src-shared/contract';
import type { TableSpec } from '../../../src-shared/tables/column';
import { errorText } from '../../api/client';
import { lookup } from '../../i18n/i18n';
import { useUnsavedGuard } from '../grid/use-unsaved-guard';
import { SaveActions } from './SaveActions';
import { type Option, SpecField } from './SpecField';
import {
  changesOf,
  columnsNamed,
  type Draft,
  draftOf,
  type FieldErrors,
  placeIssues,
  readDraft,
} from './spec-form';

/** A titled group of fields ("Dates", "Delivery"); a form without titles has one untitled group. */
export interface FieldGroup {
  /** The catalogue key of its title (`clients.contact`), shown in the user's language. */
  title?: string;
  fields: readonly string[];
}

export interface RecordFormProps<T> {
  spec: TableSpec;
  title: string;
  groups: readonly FieldGroup[];
  /** The stored row being edited, or null for a new one. */
  row: Readonly<Record<string, unknown>> | null;
  /** Starting texts of a new row (today's date, the shift). */
  defaults?: Draft;
  /** Values the form does not show but the row has (its client, its parent). */
  base?: Readonly<Record<string, unknown>>;
  options?: Readonly<Partial<Record<string, readonly Option[]>>>;
  /** Yes/no fields shown as checkboxes. */
  checkboxes?: ReadonlySet<string>;
  /** Fields spanning the whole width (descriptions, notes). */
  wide?: ReadonlySet<string>;
  /** Field words where the form says it better than the spec. */
  labels?: Readonly<Record<string, string>>;
  /** Guidance under fields while they have no error (a target's default). */
  hints?: Readonly<Record<string, string>>;
  /** Fields shown but not editable (a key once saved). */
  locked?: ReadonlySet<string>;
  /** Adjusts the draft after a field changed (a new work order clears its job). */
  onField?(name: string, draft: Draft): Draft;
  /** Hears every change of the draft (a parent loading the jobs of the order picked). */
  onDraft?(draft: Draft): void;
  /** Writes the row: `values` are every shown field typed, `changes` those differing from `row`. */
  save(values: Record<string, unknown>, changes: Record<string, unknown>): Promise<Result<T>>;
  onSaved(saved: T): void;
  /** The core answered CONFLICT (someone else saved first): the screen reloads. */
  onConflict?(error: AppErrorShape): void;
  onCancel?(): void;
  submitLabel?: string;
  /** More buttons after Save and Cancel (Delete). */
  extraActions?: ReactNode;
  /** Above the fields: the client, a summary of the parent. */
  children?: ReactNode;
}

/**
 * A form for one row of a table, built from its spec: typed editors, the same checks as the core
 * before sending (each field's message beside it), the core's own field messages placed the same
 * way, Enter or Ctrl+Enter to save and Esc to cancel.
 */
export function RecordForm<T>(props: RecordFormProps<T>) {
  const { spec, title, groups, row, defaults, base, options, checkboxes, wide, labels, locked } = props;
  const { t } = useTranslation();
  const formId = useId();
  const names = groups.flatMap((g) => g.fields);
  const columns = columnsNamed(spec, names);
  const [draft, setDraft] = useState<Draft>(() => draftOf(columns, row, defaults));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [summary, setSummary] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // What was last stored (or the blank new row): typed changes since then are unsaved work.
  const stored = useRef(draft);
  const dirty = names.some((name) => (draft[name] ?? '') !== (stored.current[name] ?? ''));
  // The shell asks before a screen change (or a window close) would throw typed values away.
  useUnsavedGuard(dirty ? 1 : 0);

  function set(name: string, value: string): void {
    const typed = { ...draft, [name]: value };
    const next = props.onField ? props.onField(name, typed) : typed;
    setDraft(next);
    props.onDraft?.(next);
    setErrors((e) => ({ ...e, [name]: '' }));
    setSummary(null);
  }

  async function submit(): Promise<void> {
    // Ctrl+Enter does not pass the disabled Save button: pressed twice, it must not save twice.
    if (saving) return;
    const read = readDraft(spec, draft, { ...(row ?? {}), ...(base ?? {}) });
    setErrors(read.errors);
    if (Object.values(read.errors).some(Boolean)) {
      setSummary(t('errors.seeMarkedFields'));
      return;
    }
    const changes = row ? changesOf(read.values, row) : read.values;
    if (row && Object.keys(changes).length === 0) {
      setSummary(t('recordForm.nothingChanged'));
      return;
    }
    setSaving(true);
    setSummary(null);
    let result: Result<T>;
    try {
      result = await props.save(read.values, changes);
    } finally {
      setSaving(false);
    }
    if (result.ok) {
      stored.current = draft;
      props.onSaved(result.data);
      return;
    }
    if (result.error.code === 'CONFLICT' && props.onConflict) {
      props.onConflict(result.error);
      return;
    }
    const placed = placeIssues(spec, result.error.issues ?? [], new Set(names));
    setErrors(placed.errors);
    setSummary(
      result.error.code === 'VALIDATION' && placed.rest.length === 0
        ? t('errors.seeMarkedFields')
        : errorText({ ...result.error, ...(result.error.issues ? { issues: placed.rest } : {}) }),
    );
  }

  return (
    <form
      className="record-form"
      aria-labelledby={`${formId}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          void submit();
        } else if (event.key === 'Escape' && props.onCancel && !saving) {
          event.preventDefault();
          props.onCancel();
        }
      }}
    >
      <h3 id={`${formId}-title`}>{title}</h3>
      {props.children}
      {groups.map((group, g) => (
        <fieldset key={group.title ?? g} className="form-group">
          {group.title && <legend>{lookup(group.title, group.title)}</legend>}
          <div className="field-grid">
            {group.fields.map((name) => {
              const column = columns.find((c) => c.name === name);
              if (!column) return null;
              return (
                <div key={name} className={wide?.has(name) ? 'field-wide' : undefined}>
                  <SpecField
                    formId={formId}
                    column={column}
                    value={draft[name] ?? ''}
                    onChange={(value) => set(name, value)}
                    error={errors[name] || undefined}
                    options={options?.[name]}
                    checkbox={checkboxes?.has(name) ?? false}
                    disabled={locked?.has(name) ?? false}
                    label={labels?.[name]}
                    hint={props.hints?.[name]}
                  />
                </div>
              );
            })}
          </div>
        </fieldset>
      ))}
      <SaveActions
        problem={summary}
        pending={saving}
        label={props.submitLabel ?? t('common.save')}
        onCancel={props.onCancel}
        extra={props.extraActions}
      />
    </form>
  );
}
