import type { KpiDefinition } from '../definition';
import { absenteeism } from './absenteeism';
import { availability } from './availability';
import { dpmo } from './dpmo';
import { efficiency } from './efficiency';
import { fpy } from './fpy';
import { holdAging } from './hold-aging';
import { oee } from './oee';
import { otd } from './otd';
import { performance } from './performance';
import { ppm } from './ppm';
import { qualityRate } from './quality-rate';
import { rty } from './rty';
import { trueOtd } from './true-otd';
import { wipAging } from './wip-aging';

/**
 * Every KPI, in dashboard order: one definition file each. Adding a KPI = its definition file
 * here, its formula and SQL in its engine family, and its test (README § Adding a KPI).
 */
export const KPI_DEFINITIONS = [
  efficiency,
  performance,
  availability,
  qualityRate,
  oee,
  ppm,
  dpmo,
  fpy,
  rty,
  otd,
  trueOtd,
  wipAging,
  holdAging,
  absenteeism,
] as const;

type Definition = (typeof KPI_DEFINITIONS)[number];

export type KpiKey = Definition['key'];

/** The type of each KPI's result details, from its definition. */
export type KpiDetailsMap = { [D in Definition as D['key']]: NonNullable<D['details']> };

/** Any KPI's details. */
export type KpiDetails = KpiDetailsMap[KpiKey];

/** The KPI keys of the engine's output, in dashboard order. */
export const KPI_KEYS: readonly KpiKey[] = KPI_DEFINITIONS.map((definition) => definition.key);

const BY_KEY = new Map<string, KpiDefinition<KpiKey, object>>(KPI_DEFINITIONS.map((d) => [d.key, d]));

/** A KPI's definition. */
export function kpiDefinition(key: KpiKey): KpiDefinition<KpiKey, object> {
  const definition = BY_KEY.get(key);
  if (!definition) throw new Error(`No KPI ${key}`);
  return definition;
}
