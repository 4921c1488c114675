/**
 * The age buckets of WIP and hold aging (KPIS.md § The KPIs): 0–7, 8–14, 15–30 and >30 days. Ages
 * are whole days, so each bucket is `previous max < age ≤ max`. The SQL of both aging KPIs is
 * generated from this list, so the buckets cannot drift between the engine and this definition.
 */
export const AGING_BUCKETS = [
  { key: '0-7', max: 7 },
  { key: '8-14', max: 14 },
  { key: '15-30', max: 30 },
  { key: '>30', max: null },
] as const;

export type AgingBucketKey = (typeof AGING_BUCKETS)[number]['key'];
export type AgingBuckets = Record<AgingBucketKey, number>;

/** The bucket of an age in whole days. */
export function agingBucket(ageDays: number): AgingBucketKey {
  for (const bucket of AGING_BUCKETS) if (bucket.max === null || ageDays <= bucket.max) return bucket.key;
  return '>30';
}

/** Every bucket at 0: a group with no rows still reports all four. */
export function emptyBuckets(): AgingBuckets {
  return { '0-7': 0, '8-14': 0, '15-30': 0, '>30': 0 };
}

/** Bucket counts of a list of ages. */
export function bucketCounts(ages: readonly number[]): AgingBuckets {
  const buckets = emptyBuckets();
  for (const age of ages) buckets[agingBucket(age)] += 1;
  return buckets;
}

/** Adds two bucket counts (groups into a total). */
export function addBuckets(a: AgingBuckets, b: AgingBuckets): AgingBuckets {
  return {
    '0-7': a['0-7'] + b['0-7'],
    '8-14': a['8-14'] + b['8-14'],
    '15-30': a['15-30'] + b['15-30'],
    '>30': a['>30'] + b['>30'],
  };
}
