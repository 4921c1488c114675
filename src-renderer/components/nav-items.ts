import type { Role } from '../../src-shared/domain/roles';

export type ScreenId =
  | 'dashboard'
  | 'my-shift'
  | 'production'
  | 'downtime'
  | 'attendance'
  | 'quality'
  | 'holds'
  | 'work-orders'
  | 'admin';

export interface NavItem {
  id: ScreenId;
  label: string;
  /** Roles that see the item; absent means every role. */
  roles?: ReadonlySet<Role>;
  /** False until the screen does real work: the nav never offers an empty promise. */
  built: boolean;
}

/** Every screen of the app in nav order; unbuilt ones stay out of the nav until they work. */
export const NAV_ITEMS: readonly NavItem[] = [
  { id: 'dashboard', label: 'Dashboard', built: true },
  { id: 'my-shift', label: 'My shift', built: false },
  { id: 'production', label: 'Production', built: false },
  { id: 'downtime', label: 'Downtime', built: false },
  { id: 'attendance', label: 'Attendance', built: false },
  { id: 'quality', label: 'Quality', built: false },
  { id: 'holds', label: 'Holds', built: false },
  { id: 'work-orders', label: 'Work orders', built: false },
  { id: 'admin', label: 'Admin', roles: new Set<Role>(['ADMIN', 'LEADER']), built: false },
];

/** True when the role may see the item (whether or not it is built yet). */
export function allowedFor(item: NavItem, role: Role): boolean {
  return !item.roles || item.roles.has(role);
}

/** The nav a role gets: built screens it may see, in order. */
export function navItemsFor(role: Role, items: readonly NavItem[] = NAV_ITEMS): NavItem[] {
  return items.filter((item) => item.built && allowedFor(item, role));
}
