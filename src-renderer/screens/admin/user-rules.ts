import type { Role } from '../../../src-shared/domain/roles';

/**
 * What each role is given of clients (DATA.md § Roles), in words for the user form. The core checks
 * the same rule on `users.create` (`clientCountProblem`); the form says it before sending, and also
 * when a role or the clients of an existing user change (plain row updates the core does not count).
 */
export function clientRuleHint(role: Role): string {
  switch (role) {
    case 'OPERATOR':
      return 'An operator works for exactly one client: tick one.';
    case 'LEADER':
      return 'A leader works for one or more clients: tick each of theirs.';
    default:
      return 'Administrators and power users see every client: no clients to tick.';
  }
}

/** The sentence saying why these clients do not suit the role, or null when they do. */
export function clientRuleProblem(role: Role, clients: readonly string[]): string | null {
  const count = new Set(clients).size;
  if (role === 'OPERATOR' && count !== 1)
    return count === 0
      ? 'Pick the one client this operator works for.'
      : `An operator works for exactly one client; ${count} are ticked.`;
  if (role === 'LEADER' && count === 0) return 'Pick at least one client for this leader.';
  if ((role === 'ADMIN' || role === 'POWERUSER') && count > 0)
    return 'Administrators and power users see every client: untick the clients.';
  return null;
}

/** Whether the role is given clients one by one (the checklist is shown) or sees them all. */
export function takesClients(role: Role): boolean {
  return role === 'LEADER' || role === 'OPERATOR';
}
