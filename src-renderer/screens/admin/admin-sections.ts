import { UPDATE_CHECK_ROLES } from '../../../src-shared/contract/updates';
import type { Role } from '../../../src-shared/domain/roles';

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
  label: string;
  /** The roles that may use it (src-main/tenancy/permissions.ts: the core refuses the rest anyway). */
  roles: ReadonlySet<Role>;
}

const ADMIN_ONLY = new Set<Role>(['ADMIN']);
// Reference tables: ADMIN and POWERUSER write them (the `referenceRule` of the core's permissions).
const PLANT_STAFF = new Set<Role>(['ADMIN', 'POWERUSER']);
// client_config is updated and shifts are planned by leaders too, for their own clients.
const LEADERS = new Set<Role>(['ADMIN', 'POWERUSER', 'LEADER']);

/** Every section of the Admin screen, in the order of its list. */
export const ADMIN_SECTIONS: readonly AdminSection[] = [
  { id: 'users', label: 'Users', roles: ADMIN_ONLY },
  { id: 'clients', label: 'Clients', roles: ADMIN_ONLY },
  { id: 'targets', label: 'Targets & shifts', roles: LEADERS },
  { id: 'products', label: 'Products & cycle times', roles: PLANT_STAFF },
  { id: 'part-opportunities', label: 'Part opportunities', roles: PLANT_STAFF },
  { id: 'defect-types', label: 'Defect types', roles: PLANT_STAFF },
  { id: 'reason-lists', label: 'Reason lists', roles: PLANT_STAFF },
  { id: 'employees', label: 'Employees & floating pool', roles: PLANT_STAFF },
  // Checking is for anyone who runs the Admin screen; the shell lets only ADMIN change the address.
  { id: 'updates', label: 'Updates', roles: UPDATE_CHECK_ROLES },
  { id: 'plant', label: 'Plant settings', roles: ADMIN_ONLY },
  // Connecting this PC to the plant hub and settling sync conflicts: a leader's or admin's (issue 11).
  { id: 'hub', label: 'Plant hub', roles: LEADERS },
  // A backup holds every client's data; a restore rewrites the plant's history.
  { id: 'backups', label: 'Backups', roles: ADMIN_ONLY },
];

/** The sections a role may use, in order; an OPERATOR gets none (the nav hides Admin from them). */
export function sectionsFor(role: Role): AdminSection[] {
  return ADMIN_SECTIONS.filter((section) => section.roles.has(role));
}
