import type { Result } from '../../src-shared/contract';
import { isRole, type Role } from '../../src-shared/domain/roles';
import { invoke } from './client';

/** The demo sign-ins as the first-start and sign-in screens show them. */
export interface DemoSignIns {
  users: { username: string; role: Role }[];
  password: string;
}

/**
 * Seeds the demo plant (first start only). The contract types each user's role as a plain
 * string, so roles are checked here: the screens name roles from a fixed list of four.
 */
export async function loadDemo(): Promise<Result<DemoSignIns>> {
  const result = await invoke('setup.loadDemo', {});
  if (!result.ok) return result;
  const users: DemoSignIns['users'] = [];
  for (const { username, role } of result.data.users) {
    if (!isRole(role)) {
      return {
        ok: false,
        error: { code: 'INTERNAL', message: `The demo user ${username} has an unknown role.` },
      };
    }
    users.push({ username, role });
  }
  return { ok: true, data: { users, password: result.data.password } };
}
