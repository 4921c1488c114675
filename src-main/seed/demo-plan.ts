import type { ClientType, EntryMethod, RootCause } from '../../src-shared/domain/enums';
import { BASE_PROFILES } from './demo-profiles';

/**
 * The shape of a demo client (its profile) and how the plant is laid out: how many clients,
 * employees, orders and days a scale gives. The five profiles themselves are in demo-profiles.ts;
 * `--scale K` repeats them K times under new ids.
 */

export type LineShift = 'SHIFT_1ST' | 'SHIFT_2ND';

export interface StyleSpec {
  style: string;
  description: string;
  /** Standard hours per unit for one operator (what the work orders record as ideal cycle time). */
  cycle: number;
  /** Colours or sizes: each is a part number `${style}-${variant}`. */
  variants: readonly string[];
  /** DPMO opportunities per unit of this style's parts. */
  opportunities: number;
  /** False for a new style nobody has timed yet: none of its orders records a cycle time. */
  timed: boolean;
}

export interface ClientProfile {
  id: string;
  /** Three letters used in order, job and PO numbers. */
  abbr: string;
  name: string;
  contact: string;
  location: string;
  clientType: ClientType;
  timezone: string;
  /** One sentence: what the dashboard shows for this client. */
  character: string;
  styles: readonly StyleSpec[];
  /** Production lines: each station is one operator (16 per client in all). */
  lines: readonly { shift: LineShift; stations: number }[];
  /** Inspection points in process order, with how many more defects than average each finds. */
  inspections: Readonly<Record<string, number>>;
  /** Mean of units × cycle / run time at a station. */
  performance: number;
  /** Share of inspected units found defective. */
  defectRate: number;
  defectWeights: Readonly<Record<string, number>>;
  rootCauses: Readonly<Partial<Record<RootCause, number>>>;
  /** Share of orders delivered after the promised date. */
  lateRate: number;
  delayReasons: readonly string[];
  /** Daily chance that an employee misses a day unplanned. */
  unscheduledAbsence: number;
  /** Employees who miss days far more often than the rest (high Bradford factors). */
  frequentAbsentees: number;
  /** Share of full-day absences on the first shift that a floating employee covers. */
  coverageRate: number;
  /** Daily chance that a line stops for a line-wide reason. */
  lineStopRate: number;
  stopWeights: Readonly<Record<string, number>>;
  /** Holds that were approved and resumed, per 60 working days. */
  resumedHolds: number;
  holdWeights: Readonly<Record<string, number>>;
  /** Whether the open hold is a chronic one (placed more than 30 days ago). */
  chronicHold: boolean;
  /** Chance that a production input (headcount, hours, run time) is left blank. */
  missingRate: number;
  /** How the client's production counts reach the app. */
  entryMethods: Readonly<Partial<Record<EntryMethod, number>>>;
}

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
