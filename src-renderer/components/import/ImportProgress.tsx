import type { ProgressReport } from '../../../src-shared/contract/progress';
import { rowsText } from './import-outcome';

const whole = new Intl.NumberFormat('en-US');

export interface ImportProgressProps {
  action: 'Checking' | 'Importing';
  /** The rows the dialog expects, shown until the core's first report arrives. */
  rows: number;
  /** The core's latest report for this call, if any has come. */
  report: ProgressReport | null;
}

/**
 * The bar shown while a file is checked or imported: a real percentage once the core reports
 * how many rows it has handled (every 2,000), an activity bar before that and for small files.
 */
export function ImportProgress({ action, rows, report }: ImportProgressProps) {
  const label = action === 'Checking' ? 'Checking the rows' : 'Importing the rows';
  const known = report !== null && report.total > 0;
  return (
    <div className="import-progress" role="status">
      <p>
        {known
          ? `${action} ${whole.format(report.done)} of ${rowsText(report.total)}…`
          : `${action} ${rowsText(rows)}…`}
      </p>
      {known ? (
        <progress aria-label={label} value={report.done} max={report.total} />
      ) : (
        <progress aria-label={label} />
      )}
    </div>
  );
}
