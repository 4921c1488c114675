/**
 * Hours between a hold and its resume: calendar days × 24 plus the clock difference
 * (fields.csv: "(resume_date - hold_date) in days * 24 + hour difference"). A missing time is
 * read as 00:00, so a hold without times counts whole days.
 */
export function holdDurationHours(
  holdDate: string,
  holdTime: string | null,
  resumeDate: string,
  resumeTime: string | null,
): number {
  const start = Date.parse(`${holdDate}T${holdTime ?? '00:00'}:00Z`);
  const end = Date.parse(`${resumeDate}T${resumeTime ?? '00:00'}:00Z`);
  return Math.max(0, Math.round(((end - start) / 3_600_000) * 100) / 100);
}
