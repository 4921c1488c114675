import { useId } from 'react';
import type { KpiResult } from '../../../src-shared/kpi/result';
import { i18next } from '../../i18n/i18n';
import { BucketsView } from './BucketsView';
import { bucketsOf } from './breakdown-rows';

/** Hold aging's buckets, straight from the KPI's own result (no second query). */
export function HoldBucketsSection({ result }: { result: KpiResult }) {
  const titleId = useId();
  return (
    <section className="panel dash-section" aria-labelledby={titleId} data-testid="breakdown-hold_buckets">
      <h3 id={titleId}>{i18next.t('drill.buckets.holdTitle')}</h3>
      <BucketsView
        buckets={bucketsOf(result)}
        countName={i18next.t('drill.buckets.holdCount')}
        empty={i18next.t('drill.buckets.holdEmpty')}
      />
    </section>
  );
}
