import { useId } from 'react';
import { i18next } from '../../i18n/i18n';
import { BucketsView } from './BucketsView';
import { useInvoke } from './use-invoke';
import type { KpiScope } from './use-kpi-scope';

/** WIP aging's buckets: open work orders by net age as of today (the period does not apply). */
export function WipBucketsSection({ scope }: { scope: KpiScope }) {
  const titleId = useId();
  const answer = useInvoke('kpi.breakdown', { ...scope, kind: 'wip_buckets', limit: 50 });
  const buckets =
    answer.data?.kind === 'wip_buckets'
      ? answer.data.rows.map((r) => ({ bucket: r.bucket, count: r.orders }))
      : [];
  return (
    <section
      className="panel dash-section"
      aria-labelledby={titleId}
      aria-busy={answer.loading}
      data-testid="breakdown-wip_buckets"
    >
      <h3 id={titleId}>{i18next.t('drill.buckets.wipTitle')}</h3>
      <p className="section-note">{i18next.t('drill.buckets.wipNote')}</p>
      {answer.error ? (
        <p className="form-error" role="alert">
          {i18next.t('drill.buckets.wipFailed', { message: answer.error })}
        </p>
      ) : !answer.data ? (
        <p className="empty-note">{i18next.t('drill.loading')}</p>
      ) : (
        <BucketsView
          buckets={buckets}
          countName={i18next.t('drill.buckets.wipCount')}
          empty={i18next.t('drill.buckets.wipEmpty')}
        />
      )}
    </section>
  );
}
