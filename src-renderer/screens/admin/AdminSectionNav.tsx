import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { confirmLeave } from '../../stores/unsaved-store';
import type { AdminSection, SectionId } from './admin-sections';

interface AdminSectionNavProps {
  sections: readonly AdminSection[];
  current: SectionId;
  onOpen(id: SectionId): void;
}

/**
 * The Admin sections a role may use, as a list beside the section on show. Up and Down move
 * between them; unsaved rows of the open section are not thrown away without asking.
 */
export function AdminSectionNav({ sections, current, onOpen }: AdminSectionNavProps) {
  const { t } = useTranslation();
  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button')];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    event.preventDefault();
    const step = event.key === 'ArrowDown' ? 1 : -1;
    buttons[(at + step + buttons.length) % buttons.length]?.focus();
  }
  return (
    <nav className="admin-nav" aria-label={t('admin.sectionsLabel')} onKeyDown={onKeyDown}>
      <ul>
        {sections.map((section) => (
          <li key={section.id}>
            <button
              type="button"
              aria-current={section.id === current ? 'page' : undefined}
              onClick={() => {
                if (section.id === current || confirmLeave()) onOpen(section.id);
              }}
            >
              {t(`admin.sections.${section.id}`)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
