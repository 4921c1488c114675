import { BucketChart } from '../../components/charts/BucketChart';
import { i18next } from '../../i18n/i18n';
import { bucketLabel } from './breakdown-rows';
import { formatCount } from './kpi-format';

interface BucketsViewProps {
  buckets: readonly { bucket: string; count: number }[];
  /** What is counted ("Open work orders", "Open holds"). */
  countName: string;
  /** What to say when every bucket is empty. */
  empty: string;
}

/** Age buckets as a bar chart and a small table of the same counts. */
export function BucketsView({ buckets, countName, empty }: BucketsViewProps) {
  if (buckets.every((bucket) => bucket.count === 0)) return <p className="empty-note">{empty}</p>;
  const bars = buckets.map((bucket) => ({ label: bucketLabel(bucket.bucket), count: bucket.count }));
  return (
    <div className="breakdown-layout">
      <BucketChart
        buckets={bars}
        countName={countName}
        bucketName={i18next.t('drill.buckets.age')}
        height={240}
      />
      <table className="dash-table">
        <caption className="dash-sr-only">{i18next.t('drill.buckets.caption', { what: countName })}</caption>
        <thead>
          <tr>
            <th scope="col">{i18next.t('drill.buckets.age')}</th>
            <th scope="col" className="num">
              {countName}
            </th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.label}>
              <th scope="row">{bar.label}</th>
              <td className="num">{formatCount(bar.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
