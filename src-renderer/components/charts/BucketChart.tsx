import { Bar, BarChart, CartesianGrid, Cell, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartLegend } from './ChartLegend';
import { AXIS_FONT, CHART_COLORS, STATUS_FILLS } from './chart-theme';
import './charts.css';

/** One age bucket ("0–7 days") and how many items fall in it. */
export interface BucketBar {
  label: string;
  count: number;
}

interface BucketChartProps {
  buckets: readonly BucketBar[];
  /** What is counted, for the y axis, legend and tooltip ("Open work orders"). */
  countName: string;
  /** The x axis title ("Age"). */
  bucketName: string;
  height?: number;
}

// Older buckets are worse: the colour darkens from the series blue to amber and red.
const AGE_FILLS = [CHART_COLORS.series, CHART_COLORS.series, STATUS_FILLS.amber, STATUS_FILLS.red];

/** Counts per age bucket, youngest first, with the older buckets in warning colours. */
export function BucketChart({ buckets, countName, bucketName, height }: BucketChartProps) {
  return (
    <div className="chart" style={{ height: height ?? 260 }}>
      <BarChart
        responsive
        style={{ width: '100%', height: '100%' }}
        data={[...buckets]}
        margin={{ top: 8, right: 8, bottom: 8, left: 8 }}
      >
        <CartesianGrid stroke={CHART_COLORS.grid} strokeDasharray="3 3" />
        <XAxis
          dataKey="label"
          tick={AXIS_FONT}
          height={52}
          label={{ value: bucketName, position: 'insideBottom', offset: 0, ...AXIS_FONT }}
        />
        <YAxis
          width="auto"
          allowDecimals={false}
          tick={AXIS_FONT}
          label={{
            value: countName,
            angle: -90,
            position: 'insideLeft',
            style: { textAnchor: 'middle' },
            ...AXIS_FONT,
          }}
        />
        <Tooltip />
        <Legend
          verticalAlign="top"
          content={() => (
            <ChartLegend items={[{ label: countName, color: CHART_COLORS.series, mark: 'box' }]} />
          )}
        />
        <Bar dataKey="count" name={countName} isAnimationActive={false}>
          {buckets.map((bucket, index) => (
            <Cell key={bucket.label} fill={AGE_FILLS[index] ?? CHART_COLORS.series} />
          ))}
        </Bar>
      </BarChart>
    </div>
  );
}
