import { useId } from 'react';
import { SHIFT_TYPES, type ShiftType } from '../../../src-shared/domain/enums';
import { isIsoDate } from '../../stores/date-range';
import { SHIFT_LABELS, type ShiftChoice } from './current-shift';
import './shift.css';

function isShiftType(value: string): value is ShiftType {
  return (SHIFT_TYPES as readonly string[]).includes(value);
}

/** The date and shift a shift screen enters data for. */
export function ShiftPicker({ value, onChange }: { value: ShiftChoice; onChange(next: ShiftChoice): void }) {
  const id = useId();
  return (
    <div className="shift-picker">
      <label className="scope-label" htmlFor={`${id}-date`}>
        Date
      </label>
      <input
        id={`${id}-date`}
        type="date"
        value={value.date}
        required
        onChange={(event) => {
          // A half-typed date is not a shift; the last whole one stays until the new one is complete.
          if (isIsoDate(event.target.value)) onChange({ ...value, date: event.target.value });
        }}
      />
      <label className="scope-label" htmlFor={`${id}-shift`}>
        Shift
      </label>
      <select
        id={`${id}-shift`}
        value={value.shift}
        onChange={(event) => {
          if (isShiftType(event.target.value)) onChange({ ...value, shift: event.target.value });
        }}
      >
        {SHIFT_TYPES.map((shift) => (
          <option key={shift} value={shift}>
            {SHIFT_LABELS[shift]}
          </option>
        ))}
      </select>
    </div>
  );
}
