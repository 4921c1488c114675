import type { Role } from '../../../src-shared/domain/roles';
import type { ReportKind } from '../../../src-shared/reports/report-request';

/** The kinds a role may ask for, in the order the dialog lists them (worded by `reportDialog.kinds`). */
export function kindsFor(role: Role): ReportKind[] {
  return role === 'ADMIN' || role === 'POWERUSER'
    ? ['shift', 'daily', 'weekly', 'plant']
    : ['shift', 'daily', 'weekly'];
}
