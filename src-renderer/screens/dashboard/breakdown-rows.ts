import { AGING_BUCKETS, type AgingBucketKey } from '../../../src-shared/kpi/aging-buckets';
import type { KpiResult } from '../../../src-shared/kpi/result';
import { i18next } from '../../i18n/i18n';

/** "0-7" → "0–7 days", ">30" → "Over 30 days", in the current language. */
export function bucketLabel(bucket: string): string {
  return bucket.startsWith('>')
    ? i18next.t('drill.buckets.over', { days: bucket.slice(1) })
    : i18next.t('drill.buckets.days', { range: bucket.replace('-', '–') });
}

/** The four aging buckets of a WIP or hold aging result, in age order (all 0 when it has none). */
export function bucketsOf(result: KpiResult): { bucket: AgingBucketKey; count: number }[] {
  const details = result.details;
  const buckets = details && 'buckets' in details ? details.buckets : null;
  return AGING_BUCKETS.map(({ key }) => ({ bucket: key, count: buckets?.[key] ?? 0 }));
}

export { codeWords } from '../../../src-shared/domain/code-words';
