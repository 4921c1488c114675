/** Minutes since midnight of `HH:MM`. */
function minutes(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/**
 * Paid hours of a shift calendar row: end − start − break, crossing midnight when the end is not
 * after the start (SHIFT_2ND 21:00–06:00 is 9 h). KPIS.md: scheduled hours rule 2.
 */
export function shiftHours(startTime: string, endTime: string, breakMinutes: number | null): number {
  let span = minutes(endTime) - minutes(startTime);
  if (span <= 0) span += 24 * 60;
  return (span - (breakMinutes ?? 0)) / 60;
}
