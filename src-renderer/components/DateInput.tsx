import { type InputHTMLAttributes, useEffect, useState } from 'react';
import { isIsoDate } from '../stores/date-range';
import { unsavedTotal, useUnsavedStore } from '../stores/unsaved-store';

interface DateInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> {
  value: string;
  /**
   * Takes a whole new date; false when it was not taken (the person said no to leaving unsaved rows
   * behind), and the field then shows the date it had.
   */
  onCommit(next: string): boolean;
}

/**
 * A date field that moves the screen only on a whole date. With no unsaved rows, each whole date
 * applies as it is typed or picked; with unsaved rows, it applies when the field is left (Tab,
 * click) or Enter is pressed, so the question about the unsaved rows is asked once, not once per
 * digit while the year is typed.
 */
export function DateInput({ value, onCommit, onBlur, onKeyDown, ...rest }: DateInputProps) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);

  const commit = (next: string): void => {
    if (next === value || !isIsoDate(next)) return;
    if (!onCommit(next)) setText(value);
  };

  return (
    <input
      {...rest}
      type="date"
      value={text}
      onChange={(event) => {
        const next = event.target.value;
        setText(next);
        if (unsavedTotal(useUnsavedStore.getState().counts) === 0) commit(next);
      }}
      onBlur={(event) => {
        commit(text);
        onBlur?.(event);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit(text);
        onKeyDown?.(event);
      }}
    />
  );
}
