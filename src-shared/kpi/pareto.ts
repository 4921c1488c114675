/** One bar of a Pareto chart: a cause, its amount, its share and the running share. */
export interface ParetoRow {
  key: string;
  label: string;
  value: number;
  /** Share of the total, in percent. */
  share: number;
  /** Running share of the total up to and including this row, in percent. */
  cumulative: number;
}

/** Orders causes by amount (largest first, ties by key) and adds shares; an empty total gives no rows. */
export function pareto(items: readonly { key: string; label: string; value: number }[]): ParetoRow[] {
  const total = items.reduce((sum, item) => sum + item.value, 0);
  if (total <= 0) return [];
  let running = 0;
  return [...items]
    .filter((item) => item.value > 0)
    .sort((a, b) => b.value - a.value || a.key.localeCompare(b.key))
    .map((item) => {
      running += item.value;
      return { ...item, share: (item.value / total) * 100, cumulative: (running / total) * 100 };
    });
}
