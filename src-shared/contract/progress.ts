/**
 * How far a long call has got (a CSV check or import), pushed by the core while the call runs so
 * the window can show a real progress bar. It travels beside the channel's answer, not in it.
 */
export interface ProgressReport {
  /** The channel whose call is running, e.g. `csv.import`. */
  channel: string;
  /** Data rows handled so far. */
  done: number;
  total: number;
}

/** Narrows a report arriving over an untyped wire (IPC event, HTTP); anything else is dropped. */
export function isProgressReport(value: unknown): value is ProgressReport {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.channel === 'string' &&
    typeof v.done === 'number' &&
    typeof v.total === 'number' &&
    Number.isFinite(v.done) &&
    Number.isFinite(v.total) &&
    v.done >= 0 &&
    v.total >= 0
  );
}
