import { useId } from 'react';
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
      <h3 id={titleId}>Open work orders by age</h3>
      <p className="section-note">
        Net age today: days since the start, not counting days on an approved hold.
      </p>
      {answer.error ? (
        <p className="form-error" role="alert">
          The WIP buckets could not be loaded: {answer.error}
        </p>
      ) : !answer.data ? (
        <p className="empty-note">Loading…</p>
      ) : (
        <BucketsView
          buckets={buckets}
          countName="Open work orders"
          empty="No open work order has started yet."
        />
      )}
    </section>
  );
}
