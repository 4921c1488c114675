import { BASE_PROFILES } from './demo-profiles';

/**
 * The shape of a demo client (its profile) and how the plant is laid out: how many clients,
 * employees, orders and days a scale gives. The five profiles themselves are in demo-profiles.ts;
 * `--scale K` repeats them K times under new ids.
 */

import type { ClientProfile } from './demo-profile';

/** Working days of demo production: 60 at scale 1, a year (52 weeks of 5 days) from scale 6 up. */
export function demoDays(scale: number): number {
  return Math.min(60 * scale, 260);
}

/** One client of the demo plant: a base profile under its own id (`BOOT-LINE-A`, `BOOT-LINE-A-2`, …). */
export interface DemoClient {
  /** 0-based position in the plant; employees and users are numbered from it. */
  index: number;
  id: string;
  abbr: string;
  name: string;
  profile: ClientProfile;
}

/** The clients of a plant of `scale` × 5 clients. */
export function demoClients(scale: number): DemoClient[] {
  const clients: DemoClient[] = [];
  for (let copy = 1; copy <= scale; copy += 1) {
    for (const profile of BASE_PROFILES) {
      const suffix = copy === 1 ? '' : `-${copy}`;
      clients.push({
        index: clients.length,
        id: `${profile.id}${suffix}`,
        abbr: `${profile.abbr}${copy === 1 ? '' : copy}`,
        name: copy === 1 ? profile.name : `${profile.name} ${copy}`,
        profile,
      });
    }
  }
  return clients;
}

/** Regular employees per client and floating employees per client (DATA.md: 80 + 20 for 5 clients). */
export const REGULARS_PER_CLIENT = 16;
export const FLOATERS_PER_CLIENT = 4;
/** Work orders per client per 60 working days (DATA.md: 60 per client). */
export const ORDERS_PER_60_DAYS = 60;

/** The employee id of the `k`-th regular employee of the client at `clientIndex`. */
export function regularId(clientIndex: number, k: number): string {
  return `EMP-${String(clientIndex * REGULARS_PER_CLIENT + k + 1).padStart(4, '0')}`;
}

/** The employee id of the `k`-th floating employee whose home is the client at `clientIndex`. */
export function floaterId(clientIndex: number, k: number): string {
  return `FLT-${String(clientIndex * FLOATERS_PER_CLIENT + k + 1).padStart(3, '0')}`;
}
