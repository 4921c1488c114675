import { BASE_PROFILES } from './demo-profiles';

/**
 * The shape of a demo client (its profile) and how the plant is laid out: how many clients,
 * employees, orders and days a scale gives. The five profiles themselves are in demo-profiles.ts;
 * `--scale K` repeats them K times under new ids.
 */

import type { ClientProfile } from './demo-profile';

/**
 * Copies of the five base profiles: K up to 10 (50 clients), then 10. A scale above 10 is more
 * years of the same plant, not more clients: scale 100 is the 50 clients of scale 10 over ten
 * years, so a dashboard of the same clients and days reads the same cells at 10 and 100 and the
 * bench's `--scale 100` shows whether its cost follows days × clients or the rows in the file.
 */
export const MAX_CLIENT_COPIES = 10;

/** Working days per year of the demo plant (52 weeks of 5 days). */
export const DAYS_PER_YEAR = 260;

/**
 * Working days of demo production: 60 at scale 1, a year from scale 6 to 10, then K / 10 years
 * (scale 20: two years, scale 100: ten years).
 */
export function demoDays(scale: number): number {
  if (scale <= MAX_CLIENT_COPIES) return Math.min(60 * scale, DAYS_PER_YEAR);
  return Math.round((DAYS_PER_YEAR * scale) / MAX_CLIENT_COPIES);
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

/** The clients of a plant of `scale` × 5 clients (at most 50: larger scales add years, not clients). */
export function demoClients(scale: number): DemoClient[] {
  const clients: DemoClient[] = [];
  for (let copy = 1; copy <= Math.min(scale, MAX_CLIENT_COPIES); copy += 1) {
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
