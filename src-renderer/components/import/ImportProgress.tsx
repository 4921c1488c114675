import type { ProgressReport } from '../../../src-shared/contract/progress';
import { fmt } from '../../i18n/fmt';
import { i18next } from '../../i18n/i18n';
import { rowsText } from './import-outcome';

const whole = { format: (n: number) => fmt.number(n, 0) };

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
  const checking = action === 'Checking';
  const label = checking ? i18next.t('importer.checking') : i18next.t('importer.importing');
  const known = report !== null && report.total > 0;
  return (
    <div className="import-progress" role="status">
      <p>
        {known
          ? i18next.t(checking ? 'importer.checkingCount' : 'importer.importingCount', {
              done: whole.format(report.done),
              rows: rowsText(report.total),
            })
          : i18next.t(checking ? 'importer.checkingRows' : 'importer.importingRows', {
              rows: rowsText(rows),
            })}
      </p>
      {known ? (
        <progress aria-label={label} value={report.done} max={report.total} />
      ) : (
        <progress aria-label={label} />
      )}
    </div>
  );
}
