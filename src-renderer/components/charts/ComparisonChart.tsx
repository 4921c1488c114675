import { Bar, CartesianGrid, Cell, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { KpiStatus } from '../../../src-shared/kpi/status';
import { ChartLegend } from './ChartLegend';
import { AXIS_FONT, CHART_COLORS, STATUS_FILLS, statusFill } from './chart-theme';
import './charts.css';
import { i18next } from '../../i18n/i18n';

/** One client's bar: its value (null = no data, no bar), its own target and its colour. */
export interface ComparisonBar {
  id: string;
  name: string;
  value: number | null;
  target: number | null;
  status: KpiStatus | null;
}

interface ComparisonChartProps {
  rows: readonly ComparisonBar[];
  /** The KPI's name for the legend and tooltip ("PPM"), and the value axis title. */
  seriesName: string;
  axisTitle: string;
  formatValue(value: number): string;
  formatTick(value: number): string;
  /** Picks a client (click on its bar). */
  onPick(id: string): void;
}

/** Each client's target as a short black upright stroke across its bar. */
function targetMark(props: { cx?: number; cy?: number; index: number; value?: unknown }) {
  if (typeof props.cx !== 'number' || typeof props.cy !== 'number' || typeof props.value !== 'number')
    return null;
  return (
    <line
      key={props.index}
      x1={props.cx}
      x2={props.cx}
      y1={props.cy - 16}
      y2={props.cy + 16}
      stroke={CHART_COLORS.target}
      strokeWidth={4}
    />
  );
}

/**
 * Clients side by side on one KPI: a horizontal bar each in its status colour, its own target
 * marked across the bar (targets differ per client), a tooltip with name, value and target.
 */
export function ComparisonChart({
  rows,
  seriesName,
  axisTitle,
  formatValue,
  formatTick,
  onPick,
}: ComparisonChartProps) {
  const height = Math.max(200, rows.length * 56 + 110);
  return (
    <div className="chart" style={{ height }}>
      <ComposedChart
        responsive
        layout="vertical"
        style={{ width: '100%', height: '100%' }}
        data={[...rows]}
        margin={{ top: 8, right: 32, bottom: 8, left: 8 }}
      >
        <CartesianGrid stroke={CHART_COLORS.grid} strokeDasharray="3 3" horizontal={false} />
        <XAxis
          type="number"
          domain={[0, 'auto']}
          tick={AXIS_FONT}
          tickFormatter={(value: number) => formatTick(value)}
          height={52}
          label={{ value: axisTitle, position: 'insideBottom', offset: 0, ...AXIS_FONT }}
        />
        <YAxis type="category" dataKey="id" width="auto" tick={AXIS_FONT} />
        <Tooltip
          formatter={(value, name) => [
            typeof value === 'number' ? formatValue(value) : i18next.t('chart.noData'),
            name,
          ]}
          labelFormatter={(id) => rows.find((row) => row.id === id)?.name ?? String(id)}
        />
        <Legend
          verticalAlign="top"
          content={() => (
            <ChartLegend
              items={[
                { label: i18next.t('kpi.status.green'), color: STATUS_FILLS.green, mark: 'box' },
                { label: i18next.t('kpi.status.amber'), color: STATUS_FILLS.amber, mark: 'box' },
                { label: i18next.t('kpi.status.red'), color: STATUS_FILLS.red, mark: 'box' },
                { label: i18next.t('chart.clientsTarget'), color: CHART_COLORS.target, mark: 'line' },
              ]}
            />
          )}
        />
        <Bar
          dataKey="value"
          name={seriesName}
          barSize={28}
          isAnimationActive={false}
          cursor="pointer"
          onClick={(_data, index) => {
            const row = rows[index];
            if (row) onPick(row.id);
          }}
        >
          {rows.map((row) => (
            <Cell key={row.id} fill={statusFill(row.status)} />
          ))}
        </Bar>
        <Line
          dataKey="target"
          name={i18next.t('chart.target')}
          stroke="none"
          isAnimationActive={false}
          activeDot={false}
          dot={targetMark}
          legendType="none"
        />
      </ComposedChart>
    </div>
  );
}
