import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { enumLabel } from '../../../src-shared/domain/enum-labels';
import type { ColumnSpec } from '../../../src-shared/tables/column';
import { columnText } from '../../i18n/labels';

/** A choice of a dropdown: the stored value and the words shown. */
export interface Option {
  value: string;
  label: string;
}

export interface SpecFieldProps {
  /** The form's id: the field's id is `${formId}-${column}`, so labels and tests can find it. */
  formId: string;
  column: ColumnSpec;
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
  /** The choices of a reference column (work orders, jobs, reasons, defect types). */
  options?: readonly Option[] | undefined;
  /** A yes/no column as a checkbox (blank reads as no) instead of a blank/yes/no dropdown. */
  checkbox?: boolean;
  disabled?: boolean;
  /** Words instead of the spec's label, where the form says it better ("Defects found"). */
  label?: string | undefined;
  /** Guidance under the field while it has no error ("Default 85 %"). */
  hint?: string | undefined;
}

// One spelling of codes as words for every screen.
export { codeWords } from '../../../src-shared/domain/code-words';

/**
 * One labelled editor for a column of a table spec, typed by its kind: dropdowns for enumerations,
 * references and yes/no, date and time pickers, numeric text for numbers (a text box, not
 * `type=number`, so "12,5" reaches the check that says how to write it instead of vanishing).
 */
export function SpecField({
  formId,
  column,
  value,
  onChange,
  error,
  options,
  checkbox,
  disabled,
  label,
  hint,
}: SpecFieldProps) {
  const { t } = useTranslation();
  const id = `${formId}-${column.name}`;
  const noteId = `${id}-error`;
  const hintId = `${id}-hint`;
  const common = {
    id,
    disabled,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? noteId : hint ? hintId : undefined,
  } as const;
  const type = column.type;
  const title = label ?? columnText(column.name, column.label);
  const required = column.required === true && column.generated === undefined;

  if (type.kind === 'bool' && checkbox) {
    return (
      <div className="field field-check">
        <label htmlFor={id}>
          <input
            {...common}
            type="checkbox"
            checked={value === '1'}
            onChange={(event) => onChange(event.target.checked ? '1' : '0')}
          />{' '}
          {title}
        </label>
        {error && (
          <p id={noteId} className="field-error">
            {error}
          </p>
        )}
      </div>
    );
  }

  let editor: ReactNode;
  const choices: readonly Option[] | null =
    type.kind === 'enum'
      ? type.values.map((v) => ({ value: v, label: enumLabel(type.labels, v) }))
      : type.kind === 'bool'
        ? [
            { value: '1', label: t('common.yes') },
            { value: '0', label: t('common.no') },
          ]
        : (options ?? null);
  if (choices) {
    // A stored value missing from the list (an inactive reason) is still shown, not silently blanked.
    const listed = value === '' || choices.some((c) => c.value === value);
    editor = (
      <select {...common} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{required ? t('recordForm.choose') : t('recordForm.notRecorded')}</option>
        {!listed && <option value={value}>{value}</option>}
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    );
  } else {
    const inputType = type.kind === 'date' ? 'date' : type.kind === 'time' ? 'time' : 'text';
    const inputMode = type.kind === 'int' ? 'numeric' : type.kind === 'real' ? 'decimal' : undefined;
    editor = (
      <input
        {...common}
        type={inputType}
        inputMode={inputMode}
        value={value}
        maxLength={type.kind === 'text' || type.kind === 'key' ? type.max : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    );
  }

  return (
    <div className="field">
      <label htmlFor={id}>
        {title}
        {required && <span className="field-required"> {t('recordForm.required')}</span>}
      </label>
      {editor}
      {error ? (
        <p id={noteId} className="field-error">
          {error}
        </p>
      ) : (
        hint && (
          <p id={hintId} className="field-hint">
            {hint}
          </p>
        )
      )}
    </div>
  );
}
