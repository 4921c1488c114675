import type { ReportFormatter } from '../../src-shared/reports/report-format';
import type { ResolvedRequest } from '../../src-shared/reports/report-request';
import type { ReportText } from '../../src-shared/reports/report-text';
import type { ReadConnection } from '../db/read-connection';
import type { Scope } from '../tenancy/scope';

/** Everything a report's builder needs: where to read, as whom, what was asked, and its words. */
export interface ReportContext {
  db: ReadConnection;
  scope: Scope;
  request: ResolvedRequest;
  /** The date WIP aging, hold aging and overdue orders are measured at: the period's last day (today at most). */
  asOf: string;
  generatedAt: Date;
  t: ReportText;
  fmt: ReportFormatter;
  /** Tells how far the report has got (steps done of total). */
  progress: (done: number, total: number) => void;
}
