import type { ClientType, EntryMethod, RootCause } from '../../src-shared/domain/enums';

/**
 * The shape of a demo client: its styles, lines and how its shifts tend to go. The five
 * profiles are in demo-profiles.ts; demo-plan.ts lays the plant out from them.
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
