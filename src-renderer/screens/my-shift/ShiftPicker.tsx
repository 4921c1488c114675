import { useId, useState } from 'react';
import { SHIFT_TYPES, type ShiftType } from '../../../src-shared/domain/enums';
import { shiftsOffered } from '../../../src-shared/domain/shift-calendar';
import { DateInput } from '../../components/DateInput';
import { confirmScopeChange } from '../../stores/unsaved-store';
import { SHIFT_LABELS, type ShiftChoice } from './current-shift';
import './shift.css';
import { useTranslation } from 'react-i18next';
import { fmt } from '../../i18n/fmt';
import { i18next } from '../../i18n/i18n';

function isShiftType(value: string): value is ShiftType {
  return (SHIFT_TYPES as readonly string[]).includes(value);
}

/** "2026-03-03, 2nd shift": a shift as the questions and headings name it. */
export function shiftWords(shift: ShiftChoice): string {
  return i18next.t('myShift.when', { date: fmt.date(shift.date), shift: SHIFT_LABELS[shift.shift] });
}

interface ShiftPickerProps {
  value: ShiftChoice;
  onChange(next: ShiftChoice): void;
  /** A leader and up may offer a shift on a day it does not run (weekend overtime on a weekday). */
  mayOverride?: boolean;
}

/**
 * The date and shift a shift screen enters data for. Only the shifts that run on the date are
 * offered (Saturday overtime on Saturdays…), unless a leader ticks "Other days' shifts". With
 * unsaved rows on screen, a change asks first and says where those rows will still be saved.
 */
export function ShiftPicker({ value, onChange, mayOverride = false }: ShiftPickerProps) {
  const id = useId();
  const { t } = useTranslation();
  const [override, setOverride] = useState(false);
  const offered = shiftsOffered(value.date, { override: mayOverride && override, current: value.shift });
  const move = (next: ShiftChoice): boolean => {
    if (!confirmScopeChange(shiftWords(next))) return false;
    onChange(next);
    return true;
  };
  return (
    <div className="shift-picker">
      <label className="scope-label" htmlFor={`${id}-date`}>
        {t('scope.date')}
      </label>
      <DateInput
        id={`${id}-date`}
        value={value.date}
        required
        // A half-typed date is not a shift; the last whole one stays until the new one is complete.
        onCommit={(date) => move({ ...value, date })}
      />
      <label className="scope-label" htmlFor={`${id}-shift`}>
        {t('scope.shift')}
      </label>
      <select
        id={`${id}-shift`}
        value={value.shift}
        onChange={(event) => {
          if (isShiftType(event.target.value)) move({ ...value, shift: event.target.value });
        }}
      >
        {offered.map((shift) => (
          <option key={shift} value={shift}>
            {SHIFT_LABELS[shift]}
          </option>
        ))}
      </select>
      {mayOverride && (
        <label className="shift-override">
          <input type="checkbox" checked={override} onChange={(event) => setOverride(event.target.checked)} />
          {t('myShift.otherDays')}
        </label>
      )}
    </div>
  );
}
