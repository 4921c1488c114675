import { Line, LineChart, YAxis } from 'recharts';
import { CHART_COLORS } from './chart-theme';
import './charts.css';
import { i18next } from '../../i18n/i18n';

/** One point of a sparkline; null is a period with no data, drawn as a gap. */
export interface SparkPoint {
  key: string;
  value: number | null;
}

interface SparklineProps {
  points: readonly SparkPoint[];
  /** What the line shows, for screen readers (the card says the numbers in text). */
  description: string;
}

/** True when the point has a value but neither neighbour has: a line cannot show it, a dot can. */
function isolated(points: readonly SparkPoint[], index: number): boolean {
  const point = points[index];
  return (
    point !== undefined &&
    point.value !== null &&
    (points[index - 1]?.value ?? null) === null &&
    (points[index + 1]?.value ?? null) === null
  );
}

/**
 * A small trend line for a KPI card. Periods without data are gaps, never drawn as 0; a lone
 * period between gaps is a dot. No axes, tooltip or focus stop: the drill-down has the full chart.
 */
export function Sparkline({ points, description }: SparklineProps) {
  if (points.every((point) => point.value === null)) {
    return (
      <p className="sparkline sparkline-empty" aria-hidden="true">
        {i18next.t('dash.noTrend')}
      </p>
    );
  }
  return (
    <div className="sparkline" role="img" aria-label={description}>
      <LineChart
        responsive
        style={{ width: '100%', height: '100%' }}
        data={[...points]}
        margin={{ top: 4, right: 4, bottom: 4, left: 4 }}
        accessibilityLayer={false}
      >
        <YAxis hide domain={['auto', 'auto']} />
        <Line
          type="linear"
          dataKey="value"
          stroke={CHART_COLORS.series}
          strokeWidth={2}
          connectNulls={false}
          isAnimationActive={false}
          activeDot={false}
          dot={(props) =>
            isolated(points, props.index) ? (
              <circle key={props.index} cx={props.cx} cy={props.cy} r={2.5} fill={CHART_COLORS.series} />
            ) : null
          }
        />
      </LineChart>
    </div>
  );
}
