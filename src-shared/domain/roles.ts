/** The four roles of DATA.md § Roles, most powerful first. */
export const ROLES = ['ADMIN', 'POWERUSER', 'LEADER', 'OPERATOR'] as const;
export type Role = (typeof ROLES)[number];

/** Roles that see every client without an access list. */
export const ALL_CLIENT_ROLES: ReadonlySet<Role> = new Set<Role>(['ADMIN', 'POWERUSER']);

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
