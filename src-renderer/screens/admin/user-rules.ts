import type { Role } from '../../../src-shared/domain/roles';
import { i18next } from '../../i18n/i18n';

/**
 * What each role is given of clients (DATA.md § Roles), in words for the user form. The core checks
 * the same rule on `users.create` (`clientCountProblem`); the form says it before sending, and also
 * when a role or the clients of an existing user change (plain row updates the core does not count).
 */
export function clientRuleHint(role: Role): string {
  switch (role) {
    case 'OPERATOR':
      return i18next.t('users.rule.operator');
    case 'LEADER':
      return i18next.t('users.rule.leader');
    default:
      return i18next.t('users.rule.all');
  }
}

/** The sentence saying why these clients do not suit the role, or null when they do. */
export function clientRuleProblem(role: Role, clients: readonly string[]): string | null {
  const count = new Set(clients).size;
  if (role === 'OPERATOR' && count !== 1)
    return count === 0
      ? i18next.t('users.rule.pickOperator')
      : i18next.t('users.rule.operatorMany', { count });
  if (role === 'LEADER' && count === 0) return i18next.t('users.rule.pickLeader');
  if ((role === 'ADMIN' || role === 'POWERUSER') && count > 0) return i18next.t('users.rule.untick');
  return null;
}

/** Whether the role is given clients one by one (the checklist is shown) or sees them all. */
export function takesClients(role: Role): boolean {
  return role === 'LEADER' || role === 'OPERATOR';
}
