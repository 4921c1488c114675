import type { Role } from '../../src-shared/domain/roles';
import { sectionsFor } from '../screens/admin/admin-sections';

export type ScreenId =
  | 'dashboard'
  | 'my-shift'
  | 'production'
  | 'downtime'
  | 'attendance'
  | 'quality'
  | 'holds'
  | 'work-orders'
  | 'admin'
  | 'help';

export interface NavItem {
  id: ScreenId;
  label: string;
  /** Whether a role sees the item; absent means every role. */
  allows?: (role: Role) => boolean;
}

/** Every screen of the app in nav order; one without an entry in screens/registry.ts stays out of the nav. */
export const NAV_ITEMS: readonly NavItem[] = [
  { id: 'dashboard', label: 'Dashboard' },
  { id: 'my-shift', label: 'My shift' },
  { id: 'production', label: 'Production' },
  { id: 'downtime', label: 'Downtime' },
  { id: 'attendance', label: 'Attendance' },
  { id: 'quality', label: 'Quality' },
  { id: 'holds', label: 'Holds' },
  { id: 'work-orders', label: 'Work orders' },
  // Offered to a role with at least one section it may use (the sections follow the permission table).
  { id: 'admin', label: 'Admin', allows: (role) => sectionsFor(role).length > 0 },
  { id: 'help', label: 'Help' },
];

/** True for a string that names a screen (a remembered place, a draft's). */
export function isScreenId(value: string): value is ScreenId {
  return NAV_ITEMS.some((item) => item.id === value);
}

/** The screen's name as the nav says it. */
export function screenLabel(id: ScreenId): string {
  return NAV_ITEMS.find((item) => item.id === id)?.label ?? id;
}

/** True when the role may see the item (whether or not it is built yet). */
export function allowedFor(item: NavItem, role: Role): boolean {
  return !item.allows || item.allows(role);
}

/** The nav a role gets: the screens that exist (`built`) and that it may see, in order. */
export function navItemsFor(
  role: Role,
  built: ReadonlySet<ScreenId>,
  items: readonly NavItem[] = NAV_ITEMS,
): NavItem[] {
  return items.filter((item) => built.has(item.id) && allowedFor(item, role));
}
