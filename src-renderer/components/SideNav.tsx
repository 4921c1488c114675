import { useTranslation } from 'react-i18next';
import type { Role } from '../../src-shared/domain/roles';
import { SCREENS } from '../screens/registry';
import { confirmLeave } from '../stores/unsaved-store';
import { navItemsFor, type ScreenId, screenLabel } from './nav-items';

const BUILT = new Set(Object.keys(SCREENS) as ScreenId[]);

interface SideNavProps {
  role: Role;
  current: ScreenId;
  onOpen(screen: ScreenId): void;
}

/** The screens this role may open; the current one is marked for sight and for screen readers. */
export function SideNav({ role, current, onOpen }: SideNavProps) {
  const { t } = useTranslation();
  return (
    <nav className="side-nav" aria-label={t('shell.screens')}>
      <ul>
        {navItemsFor(role, BUILT).map((item) => (
          <li key={item.id}>
            <button
              type="button"
              aria-current={item.id === current ? 'page' : undefined}
              // Unsaved rows of the open screen are not thrown away without asking.
              onClick={() => {
                if (item.id === current || confirmLeave()) onOpen(item.id);
              }}
            >
              {screenLabel(item.id)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
