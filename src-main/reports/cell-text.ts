import type { Cell } from '../../src-shared/reports/report-document';
import type { ReportFormatter } from '../../src-shared/reports/report-format';
import type { ReportText } from '../../src-shared/reports/report-text';

const MARKS = { green: '✓', amber: '!', red: '✗', check: '?' } as const;

/** A cell as the PDF prints it: numbers in the locale's format, "No data" for a missing value. */
export function cellText(cell: Cell, fmt: ReportFormatter, t: ReportText): string {
  switch (cell.t) {
    case 'text':
      return cell.v;
    case 'date':
      return cell.v === null ? '' : fmt.date(cell.v);
    case 'status':
      return cell.v === null ? '' : t(`status.${cell.v}`);
    case 'num': {
      if (cell.v === null) {
        if (cell.blank) return '—';
        return cell.k === 'percent' || cell.k === 'ppm' || cell.k === 'dpmo' || cell.k === 'days'
          ? t('word.noData')
          : '';
      }
      // An estimated confidence never reads 100 %: rounding 0.996 up would hide the inference.
      const value = cell.k === 'confidence' && cell.estimated ? Math.min(cell.v, 0.99) : cell.v;
      const mark = cell.mark ? ` ${MARKS[cell.mark]}` : '';
      return `${fmt.number(value, cell.k)}${cell.estimated && cell.k !== 'confidence' ? '*' : ''}${mark}`;
    }
  }
}
