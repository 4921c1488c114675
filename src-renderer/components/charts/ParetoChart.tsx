import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartLegend } from './ChartLegend';
import { AXIS_FONT, CHART_COLORS } from './chart-theme';
import { WrappedTick } from './WrappedTick';
import './charts.css';
import { fmt } from '../../i18n/fmt';
import { i18next } from '../../i18n/i18n';

/** One cause of a Pareto: its name, its amount and the running share up to it (percent). */
export interface ParetoBar {
  label: string;
  value: number;
  cumulative: number;
}

interface ParetoChartProps {
  rows: readonly ParetoBar[];
  /** The bars' name in the legend and tooltip, and the left axis title ("Downtime hours"). */
  amountName: string;
  /** The x axis title ("Reason"). */
  causeName: string;
  formatAmount(value: number): string;
  formatShare(value: number): string;
  height?: number;
}

/**
 * A Pareto chart: bars per cause, largest first, on the left axis; the cumulative share as a line
 * on a 0–100 % right axis, so "which few causes make most of the loss" reads at a glance.
 */
export function ParetoChart({
  rows,
  amountName,
  causeName,
  formatAmount,
  formatShare,
  height,
}: ParetoChartProps) {
  const cumulative = i18next.t('chart.cumulativeShare');
  return (
    <div className="chart" style={{ height: height ?? 320 }}>
      <ComposedChart
        responsive
        style={{ width: '100%', height: '100%' }}
        data={[...rows]}
        margin={{ top: 8, right: 8, bottom: 8, left: 8 }}
      >
        <CartesianGrid stroke={CHART_COLORS.grid} strokeDasharray="3 3" />
        <XAxis
          dataKey="label"
          interval={0}
          tick={<WrappedTick />}
          height={76}
          label={{ value: causeName, position: 'insideBottom', offset: 0, ...AXIS_FONT }}
        />
        <YAxis
          yAxisId="amount"
          width="auto"
          tick={AXIS_FONT}
          label={{
            value: amountName,
            angle: -90,
            position: 'insideLeft',
            style: { textAnchor: 'middle' },
            ...AXIS_FONT,
          }}
        />
        <YAxis
          yAxisId="share"
          orientation="right"
          domain={[0, 100]}
          ticks={[0, 25, 50, 75, 100]}
          width="auto"
          tick={AXIS_FONT}
          tickFormatter={(value: number) => `${fmt.number(value, 0)} %`}
          label={{
            value: cumulative,
            angle: 90,
            position: 'insideRight',
            style: { textAnchor: 'middle' },
            ...AXIS_FONT,
          }}
        />
        <Tooltip
          formatter={(value, name) =>
            typeof value !== 'number'
              ? String(value)
              : name === cumulative
                ? formatShare(value)
                : formatAmount(value)
          }
        />
        <Legend
          verticalAlign="top"
          content={() => (
            <ChartLegend
              items={[
                { label: amountName, color: CHART_COLORS.series, mark: 'box' },
                { label: cumulative, color: CHART_COLORS.secondary, mark: 'line' },
              ]}
            />
          )}
        />
        <Bar
          yAxisId="amount"
          dataKey="value"
          name={amountName}
          fill={CHART_COLORS.series}
          isAnimationActive={false}
        />
        <Line
          yAxisId="share"
          dataKey="cumulative"
          name={cumulative}
          type="linear"
          stroke={CHART_COLORS.secondary}
          strokeWidth={3}
          dot={{ r: 4, fill: CHART_COLORS.secondary }}
          isAnimationActive={false}
        />
      </ComposedChart>
    </div>
  );
}
