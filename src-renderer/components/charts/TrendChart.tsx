import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartLegend, type LegendItem } from './ChartLegend';
import { AXIS_FONT, CHART_COLORS } from './chart-theme';
import './charts.css';
import { i18next } from '../../i18n/i18n';

/** One period of a trend; null = no data that period (a gap, not 0). */
export interface TrendChartPoint {
  key: string;
  value: number | null;
}

interface TrendChartProps {
  points: readonly TrendChartPoint[];
  /** The target drawn as a dashed reference line; null when the KPI has none. */
  target: number | null;
  /** The series name in the legend and tooltip ("OEE"). */
  seriesName: string;
  /** The x axis title ("Week") and y axis title ("Percent (%)"). */
  xTitle: string;
  yTitle: string;
  /** Full value with unit for tooltips ("85.25 %"), short one for ticks ("85"). */
  formatValue(value: number): string;
  formatTick(value: number): string;
  /** Short and full names of a period key ("W44", "Week 44 of 2026"). */
  periodTick(key: string): string;
  periodLabel(key: string): string;
  /** Chart height in pixels. */
  height?: number;
}

/**
 * A KPI over time: the value per period with gaps where a period has no data, the target as a
 * dashed reference line that always stays in view, axes with titles, a tooltip and a legend.
 */
export function TrendChart(props: TrendChartProps) {
  const { points, target, seriesName, formatValue } = props;
  const legend: LegendItem[] = [{ label: seriesName, color: CHART_COLORS.series, mark: 'line' }];
  if (target !== null)
    legend.push({
      label: i18next.t('chart.targetValue', { value: formatValue(target) }),
      color: CHART_COLORS.target,
      mark: 'dashed',
    });
  return (
    <div className="chart" style={{ height: props.height ?? 300 }}>
      <LineChart
        responsive
        style={{ width: '100%', height: '100%' }}
        data={points.map((point) => ({ key: point.key, value: point.value }))}
        margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
      >
        <CartesianGrid stroke={CHART_COLORS.grid} strokeDasharray="3 3" />
        <XAxis
          dataKey="key"
          tick={AXIS_FONT}
          tickFormatter={(key: string) => props.periodTick(key)}
          label={{ value: props.xTitle, position: 'insideBottom', offset: 0, ...AXIS_FONT }}
          height={52}
          minTickGap={12}
          padding={{ left: 16, right: 16 }}
        />
        <YAxis
          width="auto"
          tick={AXIS_FONT}
          tickFormatter={(value: number) => props.formatTick(value)}
          domain={['auto', 'auto']}
          label={{
            value: props.yTitle,
            angle: -90,
            position: 'insideLeft',
            style: { textAnchor: 'middle' },
            ...AXIS_FONT,
          }}
        />
        <Tooltip
          formatter={(value) => (typeof value === 'number' ? formatValue(value) : i18next.t('chart.noData'))}
          labelFormatter={(key) => (typeof key === 'string' ? props.periodLabel(key) : String(key))}
        />
        <Legend verticalAlign="top" content={() => <ChartLegend items={legend} />} />
        {target !== null && (
          <ReferenceLine
            y={target}
            stroke={CHART_COLORS.target}
            strokeWidth={2}
            strokeDasharray="8 5"
            ifOverflow="extendDomain"
          />
        )}
        <Line
          name={seriesName}
          type="linear"
          dataKey="value"
          stroke={CHART_COLORS.series}
          strokeWidth={3}
          connectNulls={false}
          isAnimationActive={false}
          dot={{ r: 3 }}
        />
      </LineChart>
    </div>
  );
}
