/**
 * The report's charts as self-contained SVG, built from numbers alone: no DOM, no browser, no
 * canvas, so the core draws them in a worker thread and the PDF embeds them as vectors. Drawn
 * for a black-and-white printer: black lines, one grey fill, dashes and markers tell the series
 * apart, never colour. Text widths are estimated from DejaVu Sans' average advance (0.6 em), so
 * labels are shortened with an ellipsis rather than overflowing.
 */

/** The font family the PDF registers for report text (the DejaVu files of resources/fonts). */
export const CHART_FONT = 'DejaVu';

const FONT_SIZE = 8;
const CHAR_EM = 0.6;

/** XML-escapes text for an SVG text node or attribute. */
export function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

/** Estimated width of a text at a font size, in the SVG's units. */
export function textWidth(text: string, size = FONT_SIZE): number {
  return [...text].length * size * CHAR_EM;
}

/** The text shortened with "…" to fit a width. */
export function fitText(text: string, width: number, size = FONT_SIZE): string {
  if (textWidth(text, size) <= width) return text;
  const chars = [...text];
  const keep = Math.max(1, Math.floor(width / (size * CHAR_EM)) - 1);
  return `${chars.slice(0, keep).join('')}…`;
}

function text(x: number, y: number, content: string, anchor: 'start' | 'middle' | 'end', extra = ''): string {
  return `<text x="${round(x)}" y="${round(y)}" font-family="${CHART_FONT}" font-size="${FONT_SIZE}" text-anchor="${anchor}" fill="#000"${extra}>${escapeXml(content)}</text>`;
}

function round(value: number): string {
  return (Math.round(value * 100) / 100).toString();
}

/** Round axis steps: 1, 2 or 5 × 10ⁿ, giving about `count` intervals from 0 (or min) to max. */
export function niceTicks(min: number, max: number, count = 4): number[] {
  const low = Math.min(0, min);
  const high = max <= low ? low + 1 : max;
  const raw = (high - low) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let v = Math.floor(low / step) * step; v <= high + step * 0.999; v += step)
    ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

function svgOpen(width: number, height: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`;
}

export interface TrendChartInput {
  /** Period labels (already formatted) and values; null: no data that period (a gap in the line). */
  points: { label: string; value: number | null }[];
  target: number | null;
  /** Tick text of the value axis ("85", "1,200"). */
  tick: (value: number) => string;
  /** Legend words. */
  seriesLabel: string;
  targetLabel: string;
  noDataLabel: string;
  width?: number;
  height?: number;
}

/** A line chart of one KPI over periods: solid line with square markers, the target dashed. */
export function trendChartSvg(input: TrendChartInput): string {
  const width = input.width ?? 500;
  const height = input.height ?? 150;
  const left = 44;
  // Room for the last period's label, centred on the plot's right edge.
  const widest = Math.max(0, ...input.points.map((p) => textWidth(p.label)));
  const right = Math.max(10, widest / 2 + 3);
  const top = 18;
  const bottom = 26;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const values = input.points.map((p) => p.value).filter((v): v is number => v !== null);
  const parts = [svgOpen(width, height)];
  parts.push(`<rect x="0" y="0" width="${width}" height="${height}" fill="#fff"/>`);
  if (values.length === 0) {
    parts.push(text(width / 2, height / 2, input.noDataLabel, 'middle'), '</svg>');
    return parts.join('');
  }
  const all = input.target === null ? values : [...values, input.target];
  const ticks = niceTicks(Math.min(...all), Math.max(...all));
  const lo = ticks[0] ?? 0;
  const hi = ticks[ticks.length - 1] ?? 1;
  const y = (v: number) => top + plotH - ((v - lo) / (hi - lo || 1)) * plotH;
  const n = input.points.length;
  const x = (i: number) => left + (n === 1 ? plotW / 2 : (i / (n - 1)) * plotW);
  for (const tick of ticks) {
    parts.push(
      `<line x1="${left}" y1="${round(y(tick))}" x2="${left + plotW}" y2="${round(y(tick))}" stroke="#ccc" stroke-width="0.5"/>`,
    );
    parts.push(text(left - 4, y(tick) + 3, input.tick(tick), 'end'));
  }
  parts.push(
    `<line x1="${left}" y1="${top}" x2="${left}" y2="${top + plotH}" stroke="#000" stroke-width="0.75"/>`,
  );
  parts.push(
    `<line x1="${left}" y1="${top + plotH}" x2="${left + plotW}" y2="${top + plotH}" stroke="#000" stroke-width="0.75"/>`,
  );
  // As many x labels as fit whole, evenly spread from the first.
  const every = Math.max(1, Math.ceil((widest + 6) / (plotW / Math.max(1, n - 1))));
  input.points.forEach((p, i) => {
    if (i % every === 0) parts.push(text(x(i), top + plotH + 11, p.label, 'middle'));
  });
  if (input.target !== null) {
    const ty = round(y(input.target));
    parts.push(
      `<line x1="${left}" y1="${ty}" x2="${left + plotW}" y2="${ty}" stroke="#000" stroke-width="1" stroke-dasharray="5 3"/>`,
    );
  }
  // The line breaks where a period had no data: no line is drawn across a gap.
  let run: string[] = [];
  const flush = () => {
    if (run.length > 1)
      parts.push(`<polyline points="${run.join(' ')}" fill="none" stroke="#000" stroke-width="1.5"/>`);
    run = [];
  };
  input.points.forEach((p, i) => {
    if (p.value === null) {
      flush();
      return;
    }
    run.push(`${round(x(i))},${round(y(p.value))}`);
    parts.push(
      `<rect x="${round(x(i) - 2)}" y="${round(y(p.value) - 2)}" width="4" height="4" fill="#000"/>`,
    );
  });
  flush();
  // Legend, top right: the solid series and the dashed target.
  const legendY = 9;
  const seriesW = textWidth(input.seriesLabel) + 26;
  const targetW = input.target === null ? 0 : textWidth(input.targetLabel) + 26;
  let lx = width - right - seriesW - targetW;
  parts.push(
    `<line x1="${lx}" y1="${legendY - 3}" x2="${lx + 16}" y2="${legendY - 3}" stroke="#000" stroke-width="1.5"/>`,
  );
  parts.push(text(lx + 20, legendY, input.seriesLabel, 'start'));
  if (input.target !== null) {
    lx += seriesW;
    parts.push(
      `<line x1="${lx}" y1="${legendY - 3}" x2="${lx + 16}" y2="${legendY - 3}" stroke="#000" stroke-width="1" stroke-dasharray="5 3"/>`,
    );
    parts.push(text(lx + 20, legendY, input.targetLabel, 'start'));
  }
  parts.push('</svg>');
  return parts.join('');
}

export interface ParetoChartInput {
  bars: { label: string; value: number; cumulative: number }[];
  tick: (value: number) => string;
  valueLabel: string;
  cumulativeLabel: string;
  noDataLabel: string;
  width?: number;
  height?: number;
}

/** A Pareto chart: grey bars largest first, the cumulative share as a dashed black line on a 0–100 % axis. */
export function paretoChartSvg(input: ParetoChartInput): string {
  const width = input.width ?? 500;
  const height = input.height ?? 170;
  const left = 44;
  const right = 34;
  const top = 18;
  const bottom = 40;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const parts = [
    svgOpen(width, height),
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#fff"/>`,
  ];
  if (input.bars.length === 0) {
    parts.push(text(width / 2, height / 2, input.noDataLabel, 'middle'), '</svg>');
    return parts.join('');
  }
  const ticks = niceTicks(0, Math.max(...input.bars.map((b) => b.value)));
  const hi = ticks[ticks.length - 1] ?? 1;
  const y = (v: number) => top + plotH - (v / hi) * plotH;
  const yPct = (v: number) => top + plotH - (v / 100) * plotH;
  const slot = plotW / input.bars.length;
  for (const tick of ticks) {
    parts.push(
      `<line x1="${left}" y1="${round(y(tick))}" x2="${left + plotW}" y2="${round(y(tick))}" stroke="#ccc" stroke-width="0.5"/>`,
    );
    parts.push(text(left - 4, y(tick) + 3, input.tick(tick), 'end'));
  }
  for (const pct of [0, 50, 100]) parts.push(text(left + plotW + 4, yPct(pct) + 3, `${pct}%`, 'start'));
  input.bars.forEach((bar, i) => {
    const bx = left + i * slot + slot * 0.15;
    const bw = slot * 0.7;
    parts.push(
      `<rect x="${round(bx)}" y="${round(y(bar.value))}" width="${round(bw)}" height="${round(top + plotH - y(bar.value))}" fill="#9a9a9a" stroke="#000" stroke-width="0.5"/>`,
    );
    // Two lines under each bar: a narrow slot cuts long reason names with "…".
    const label = fitText(bar.label, slot - 2);
    parts.push(text(left + i * slot + slot / 2, top + plotH + 11, label, 'middle'));
  });
  parts.push(
    `<line x1="${left}" y1="${top}" x2="${left}" y2="${top + plotH}" stroke="#000" stroke-width="0.75"/>`,
  );
  parts.push(
    `<line x1="${left + plotW}" y1="${top}" x2="${left + plotW}" y2="${top + plotH}" stroke="#000" stroke-width="0.75"/>`,
  );
  parts.push(
    `<line x1="${left}" y1="${top + plotH}" x2="${left + plotW}" y2="${top + plotH}" stroke="#000" stroke-width="0.75"/>`,
  );
  const line = input.bars.map(
    (bar, i) => `${round(left + i * slot + slot / 2)},${round(yPct(bar.cumulative))}`,
  );
  parts.push(
    `<polyline points="${line.join(' ')}" fill="none" stroke="#000" stroke-width="1.25" stroke-dasharray="4 2"/>`,
  );
  input.bars.forEach((bar, i) => {
    parts.push(
      `<circle cx="${round(left + i * slot + slot / 2)}" cy="${round(yPct(bar.cumulative))}" r="2.2" fill="#fff" stroke="#000" stroke-width="1"/>`,
    );
  });
  const legendY = height - 8;
  parts.push(
    `<rect x="${left}" y="${legendY - 7}" width="10" height="8" fill="#9a9a9a" stroke="#000" stroke-width="0.5"/>`,
  );
  parts.push(text(left + 14, legendY, input.valueLabel, 'start'));
  const cx = left + 24 + textWidth(input.valueLabel);
  parts.push(
    `<line x1="${cx}" y1="${legendY - 3}" x2="${cx + 16}" y2="${legendY - 3}" stroke="#000" stroke-width="1.25" stroke-dasharray="4 2"/>`,
  );
  parts.push(
    `<circle cx="${cx + 8}" cy="${legendY - 3}" r="2.2" fill="#fff" stroke="#000" stroke-width="1"/>`,
  );
  parts.push(text(cx + 20, legendY, input.cumulativeLabel, 'start'));
  parts.push('</svg>');
  return parts.join('');
}
