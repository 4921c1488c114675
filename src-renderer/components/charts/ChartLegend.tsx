import './charts.css';

/** One entry of a chart legend: a solid line, a dashed line (targets) or a filled box (bars). */
export interface LegendItem {
  label: string;
  color: string;
  mark: 'line' | 'dashed' | 'box';
}

/**
 * A legend in HTML at the page's reading size, listing exactly the given items (Recharts' own
 * legend only knows series, not reference lines such as a target).
 */
export function ChartLegend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="chart-legend">
      {items.map((item) => (
        <li key={item.label}>
          <svg width="28" height="14" aria-hidden="true" focusable="false">
            {item.mark === 'box' ? (
              <rect x="4" y="1" width="20" height="12" fill={item.color} />
            ) : (
              <line
                x1="0"
                y1="7"
                x2="28"
                y2="7"
                stroke={item.color}
                strokeWidth="3"
                strokeDasharray={item.mark === 'dashed' ? '6 4' : undefined}
              />
            )}
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}
