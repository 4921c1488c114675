import type { KeyboardEvent } from 'react';
import { confirmLeave } from '../../stores/unsaved-store';

export interface SubTab<T extends string> {
  id: T;
  label: string;
}

interface SubTabsProps<T extends string> {
  label: string;
  tabs: readonly SubTab<T>[];
  current: T;
  onPick(id: T): void;
}

/**
 * Tabs inside a section (the three reason lists; employees, assignments, floating pool): Left and
 * Right move between them, and unsaved rows of the grid on show are not thrown away without asking.
 */
export function SubTabs<T extends string>({ label, tabs, current, onPick }: SubTabsProps<T>) {
  const pick = (id: T) => {
    if (id !== current && confirmLeave()) onPick(id);
  };
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const at = tabs.findIndex((t) => t.id === current);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0 || at < 0) return;
    event.preventDefault();
    const next = tabs[(at + step + tabs.length) % tabs.length];
    if (!next) return;
    pick(next.id);
    // The tab that was picked takes the focus, as the tabs pattern asks.
    event.currentTarget.querySelector<HTMLElement>(`[data-tab="${next.id}"]`)?.focus();
  }
  return (
    <div className="sub-tabs" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          data-tab={tab.id}
          aria-selected={tab.id === current}
          tabIndex={tab.id === current ? 0 : -1}
          onClick={() => pick(tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
