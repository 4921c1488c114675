import { SYNC_MANAGER_ROLES } from '../../../src-shared/contract/sync';
import { UPDATE_CHECK_ROLES } from '../../../src-shared/contract/updates';
import { type Action, may } from '../../../src-shared/domain/permissions';
import type { Role } from '../../../src-shared/domain/roles';

const SYNC_MANAGERS: ReadonlySet<Role> = new Set(SYNC_MANAGER_ROLES);

export type SectionId =
  | 'users'
  | 'clients'
  | 'targets'
  | 'products'
  | 'part-opportunities'
  | 'defect-types'
  | 'reason-lists'
  | 'employees'
  | 'updates'
  | 'plant'
  | 'hub'
  | 'backups';

export interface AdminSection {
  id: SectionId;
  /** Its name in English (the catalogue's `admin.sections.<id>` words it on screen). */
  label: string;
  /** Whether a role may use it: what the core accepts (src-shared/domain/permissions.ts), so no dead forms. */
  allows: (role: Role) => boolean;
}

/** A section that edits a table: offered to the roles that may change its rows. */
const editing =
  (table: string, action: Action = 'update') =>
  (role: Role) =>
    may(role, table, action);
/** A section of the plant's own settings and files, which are not a table's rows. */
const adminOnly = (role: Role) => role === 'ADMIN';

/** Every section of the Admin screen, in the order of its list. */
export const ADMIN_SECTIONS: readonly AdminSection[] = [
  { id: 'users', label: 'Users', allows: editing('app_user', 'create') },
  { id: 'clients', label: 'Clients', allows: editing('client', 'create') },
  // A leader sets their own clients' targets and calendar and plans their shifts.
  { id: 'targets', label: 'Targets & shifts', allows: editing('client_config') },
  { id: 'products', label: 'Products & cycle times', allows: editing('product') },
  { id: 'part-opportunities', label: 'Part opportunities', allows: editing('part_opportunities') },
  { id: 'defect-types', label: 'Defect types', allows: editing('defect_type') },
  { id: 'reason-lists', label: 'Reason lists', allows: editing('downtime_reason') },
  { id: 'employees', label: 'Employees & floating pool', allows: editing('employee') },
  // Checking is for anyone who runs the Admin screen; the shell lets only ADMIN change the address.
  { id: 'updates', label: 'Updates', allows: (role) => UPDATE_CHECK_ROLES.has(role) },
  { id: 'plant', label: 'Plant settings', allows: adminOnly },
  // Connecting this PC to the plant hub and settling sync conflicts: a leader's or admin's (issue 11).
  { id: 'hub', label: 'Plant hub', allows: (role) => SYNC_MANAGERS.has(role) },
  // A backup holds every client's data; a restore rewrites the plant's history.
  { id: 'backups', label: 'Backups', allows: adminOnly },
];

/** The sections a role may use, in order; an OPERATOR gets none (the nav hides Admin from them). */
export function sectionsFor(role: Role): AdminSection[] {
  return ADMIN_SECTIONS.filter((section) => section.allows(role));
}
