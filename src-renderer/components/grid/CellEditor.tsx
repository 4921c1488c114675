import {
  type ChangeEvent,
  type CSSProperties,
  type KeyboardEvent,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { i18next } from '../../i18n/i18n';
import { isNumeric } from './grid-columns';
import type { GridKey } from './grid-keyboard';
import { matchingOptions, resolveChoice, resolveFreeText } from './grid-options';
import type { CellOption, GridColumn } from './grid-types';

interface CellEditorProps {
  column: GridColumn;
  draft: string;
  /** The cell's choices, or null for a cell typed freely. */
  options: readonly CellOption[] | null;
  onDraft(text: string): void;
  /** A key for the grid (Enter, Tab, Esc…), with the text to commit; true when the grid used it. */
  onKey(key: GridKey, text: string): boolean;
  /** A choice clicked in the list: commit it and stay on the cell. */
  onPick(value: string): void;
}

const HINTS: Partial<Record<GridColumn['type']['kind'], string>> = {
  date: 'YYYY-MM-DD',
  time: 'HH:MM',
};

/**
 * The editor of the active cell: a text box, with a list of matching choices under it for codes,
 * orders, employees, shifts and yes/no. Up/Down pick a choice; Enter or Tab commit the choice the
 * text names (resolveChoice: "y" Enter is Yes, "WO-100" Enter is that order, "WO-10" is refused
 * when no order is called that), else the one picked with the arrows.
 */
export function CellEditor({ column, draft, options, onDraft, onKey, onPick }: CellEditorProps) {
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const matches = options ? matchingOptions(options, draft) : [];
  const [picked, setPicked] = useState<number | null>(null);
  // Free text with suggestions (an operation's name): a suggestion is only taken when picked with
  // the arrows or typed in full, so a new name is never swapped for one that starts the same.
  const free = column.type.kind === 'text';
  // Only a choice picked with the arrows is highlighted (and taken as such): Enter or Tab never
  // swap what was typed for the first match (issue 9, rule 5), and on an empty box commit blank.
  const index = picked;
  const highlighted = index === null ? null : (matches[Math.min(index, matches.length - 1)] ?? null);

  const [place, setPlace] = useState<CSSProperties>({});
  // The list floats over the page (fixed), so the grid's scroll box cannot clip it on the last rows.
  useLayoutEffect(() => {
    const box = input.current;
    if (!box) return;
    const rect = box.getBoundingClientRect();
    const below = window.innerHeight - rect.bottom;
    setPlace(
      below < 280 && rect.top > below
        ? { left: rect.left, bottom: window.innerHeight - rect.top + 2 }
        : { left: rect.left, top: rect.bottom + 2 },
    );
  }, []);

  useEffect(() => {
    const box = input.current;
    if (!box) return;
    box.focus();
    // The caret goes after the text, as when typing into a spreadsheet cell.
    box.setSelectionRange(box.value.length, box.value.length);
  }, []);

  function keyDown(event: KeyboardEvent<HTMLInputElement>) {
    event.stopPropagation();
    if (options && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      const next = event.key === 'ArrowDown' ? (index ?? -1) + 1 : (index ?? 0) - 1;
      setPicked(Math.max(0, Math.min(matches.length - 1, next)));
      return;
    }
    const text = !options
      ? draft
      : free
        ? resolveFreeText(options, draft, highlighted)
        : resolveChoice(options, draft, highlighted, column.type.kind !== 'ref');
    const used = onKey(
      { key: event.key, ctrl: event.ctrlKey || event.metaKey, shift: event.shiftKey, alt: event.altKey },
      text,
    );
    if (used) event.preventDefault();
  }

  const common = {
    ref: input,
    value: draft,
    'aria-label': column.label,
    inputMode: isNumeric(column) ? ('decimal' as const) : undefined,
    placeholder: HINTS[column.type.kind],
    autoComplete: 'off',
    spellCheck: false,
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      setPicked(null);
      onDraft(event.target.value);
    },
    onKeyDown: keyDown,
  };
  const activeId = highlighted ? `${listId}-${matches.indexOf(highlighted)}` : undefined;

  return (
    <div className="grid-editor">
      {options ? (
        <input
          {...common}
          role="combobox"
          aria-autocomplete="list"
          aria-controls={listId}
          aria-expanded={matches.length > 0}
          aria-activedescendant={activeId}
        />
      ) : (
        <input {...common} />
      )}
      {options && matches.length > 0 && (
        <div
          className="grid-choices"
          style={place}
          role="listbox"
          id={listId}
          aria-label={i18next.t('grid.choices', { column: column.label })}
        >
          {matches.map((option, i) => (
            <div
              key={option.value}
              id={`${listId}-${i}`}
              role="option"
              tabIndex={-1}
              aria-selected={option === highlighted}
              // mousedown, not click: the input must keep focus until the choice is committed.
              onMouseDown={(event) => {
                event.preventDefault();
                onPick(option.value);
              }}
            >
              {option.label}
              {column.type.kind === 'code' && <span className="grid-choice-code"> {option.value}</span>}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
