import { AppError } from '../../src-shared/contract/errors';
import type { Role } from '../../src-shared/domain/roles';
import { appUserSpec, userClientAccessSpec } from '../../src-shared/tables/specs/app-user';
import { hashPassword } from '../auth/password';
import { clientCountProblem } from '../services/users/user-service';
import type { ScopedStore } from '../tenancy/scoped-store';
import type { DemoClient } from './demo-plan';

/** The one password of every demo user: printed by `seed --demo` and shown by the first-start screen. */
export const DEMO_PASSWORD = 'floorkpi-demo';

export interface DemoUser {
  userId: string;
  username: string;
  fullName: string;
  role: Role;
  clients: string[];
}

/** Who records, approves and inspects a client's rows in the demo. */
export interface ClientStaff {
  /** Data collector / recorder of entries: the client's operator (the power user beyond the first five). */
  recorder: string;
  /** Approver of holds and verifier of entries: the client's leader (the power user beyond the first five). */
  approver: string;
  /** Records inspections: the quality inspector where there is one. */
  inspector: string;
}

/**
 * The demo sign-ins: every role, a leader on three clients and one on two, an operator per client
 * of the first five and a quality inspector (an OPERATOR) on the client with the quality problem.
 */
export function demoUsers(clients: readonly DemoClient[]): DemoUser[] {
  const id = (n: number) => `USR-${String(n).padStart(3, '0')}`;
  const first = clients.slice(0, 5);
  const ids = first.map((c) => c.id);
  const users: DemoUser[] = [
    { userId: id(1), username: 'admin', fullName: 'Demo Administrator', role: 'ADMIN', clients: [] },
    { userId: id(2), username: 'power', fullName: 'Demo Plant Manager', role: 'POWERUSER', clients: [] },
    {
      userId: id(3),
      username: 'leader.abc',
      fullName: 'Rosa Castillo (leader, halls A-C)',
      role: 'LEADER',
      clients: ids.slice(0, 3),
    },
    {
      userId: id(4),
      username: 'leader.de',
      fullName: 'Omar Mensah (leader, halls D-E)',
      role: 'LEADER',
      clients: ids.slice(3, 5),
    },
  ];
  first.forEach((client, i) => {
    const letter = client.id.slice(-1).toLowerCase();
    users.push({
      userId: id(5 + i),
      username: `operator.${letter}`,
      fullName: `Operator of ${client.id}`,
      role: 'OPERATOR',
      clients: [client.id],
    });
  });
  const quality = first[1];
  if (quality) {
    users.push({
      userId: id(5 + first.length),
      username: 'inspector.b',
      fullName: `Quality inspector of ${quality.id}`,
      role: 'OPERATOR',
      clients: [quality.id],
    });
  }
  return users;
}

/** The recorder, approver and inspector of each client, from the demo users. */
export function clientStaff(users: readonly DemoUser[], clientId: string): ClientStaff {
  const power = users.find((u) => u.role === 'POWERUSER')?.userId ?? null;
  if (power === null) throw new Error('the demo users need a power user');
  const serving = (role: Role, prefix: string) =>
    users.find((u) => u.role === role && u.username.startsWith(prefix) && u.clients.includes(clientId))
      ?.userId ?? null;
  const recorder = serving('OPERATOR', 'operator.') ?? power;
  return {
    recorder,
    approver: serving('LEADER', 'leader.') ?? power,
    inspector: serving('OPERATOR', 'inspector.') ?? recorder,
  };
}

/**
 * The demo password's scrypt hash, computed before any write: hashing is asynchronous and slow on
 * purpose, and the seed itself must be one synchronous transaction. One hash serves every demo
 * user (~0.2 s instead of ~2 s on a first start): they share a published password anyway, and
 * each user's own password change gets a fresh salt.
 */
export function hashDemoPassword(): Promise<string> {
  return hashPassword(DEMO_PASSWORD);
}

/** Writes the users and their client access through the store, as `createUser` does. */
export function writeDemoUsers(store: ScopedStore, users: readonly DemoUser[], hash: string): void {
  for (const user of users) {
    const problem = clientCountProblem(user.role, user.clients);
    if (problem) throw new AppError('VALIDATION', `demo user ${user.username}: ${problem}`);
    store.create(appUserSpec, {
      user_id: user.userId,
      username: user.username,
      full_name: user.fullName,
      email: `${user.username}@floorkpi-demo.example`,
      role: user.role,
      is_active: 1,
      client_id_assigned: user.clients.length > 0 ? user.clients.join(',') : null,
      password_hash: hash,
    });
    for (const clientId of user.clients)
      store.create(userClientAccessSpec, { user_id: user.userId, client_id: clientId });
  }
}
