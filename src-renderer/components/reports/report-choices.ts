import type { Role } from '../../../src-shared/domain/roles';
import type { ReportKind } from '../../../src-shared/reports/report-request';

/** The kinds a role may ask for, in the order the dialog lists them. */
export function kindsFor(role: Role): ReportKind[] {
  return role === 'ADMIN' || role === 'POWERUSER'
    ? ['shift', 'daily', 'weekly', 'plant']
    : ['shift', 'daily', 'weekly'];
}

export const KIND_WORDS: Record<ReportKind, string> = {
  shift: 'Shift report',
  daily: 'Daily report',
  weekly: 'Weekly report',
  plant: 'Plant summary (every client)',
};
