import { HOLD_STATUSES, type HoldStatus } from '../../src-shared/domain/enums';
import type { ReportText } from '../../src-shared/reports/report-text';

/** A hold's status in the report's words; a code no list has stays as it is. */
export function holdStatusText(t: ReportText, status: string): string {
  return (HOLD_STATUSES as readonly string[]).includes(status) ? t(`hold.${status as HoldStatus}`) : status;
}
