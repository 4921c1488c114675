import type { AppErrorShape } from '../../../src-shared/contract';

const hours = (text: string | undefined): number | null => {
  if (text === undefined || text.trim() === '') return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
};

const round2 = (value: number) => String(Number(value.toFixed(2)));

/**
 * Keeps an attendance row's hours consistent as the leader marks absences, so marking one takes
 * one keystroke: absent → absent for the scheduled hours (worked the rest), present again → the
 * absence fields emptied and the scheduled hours worked; changing the absent hours moves the worked
 * hours with them. Only cells that can be worked out are touched.
 */
export function adjustAttendance(
  texts: Readonly<Record<string, string>>,
  field: string,
): Record<string, string> {
  const scheduled = hours(texts.scheduled_hours);
  if (field === 'is_absent' && texts.is_absent === '1') {
    const absent = hours(texts.absence_hours) ?? scheduled;
    if (absent === null) return {};
    const next: Record<string, string> = { absence_hours: round2(absent) };
    if (scheduled !== null) next.actual_hours = round2(Math.max(0, scheduled - absent));
    return next;
  }
  if (field === 'is_absent' && texts.is_absent === '0') {
    const next: Record<string, string> = { absence_hours: '', absence_type: '' };
    if (scheduled !== null) next.actual_hours = round2(scheduled);
    return next;
  }
  if (field === 'absence_hours' && texts.is_absent === '1' && scheduled !== null) {
    const absent = hours(texts.absence_hours);
    if (absent !== null && absent <= scheduled) return { actual_hours: round2(scheduled - absent) };
  }
  return {};
}

/**
 * The database refuses a floating employee covering twice in one date and shift (a unique index):
 * that refusal is said beside the floating employee's cell, in plain words.
 */
export function explainCoverage(error: AppErrorShape): AppErrorShape {
  if (error.code !== 'CONFLICT' || !error.message.includes('floating_employee_id')) return error;
  return {
    code: 'VALIDATION',
    message: error.message,
    issues: [
      {
        path: 'floating_employee_id',
        message:
          'is already covering another absence in this shift: a floating employee covers one absence per shift',
        // Worded in the user's language from the catalogue (issue.oneAbsencePerShift).
        code: 'oneAbsencePerShift',
      },
    ],
  };
}
