import type { RejectedCsvRow } from '../../../src-shared/contract/csv';
import type { TableSpec } from '../../../src-shared/tables/column';
import { fmt } from '../../i18n/fmt';
import { i18next } from '../../i18n/i18n';
import { columnText } from '../../i18n/labels';
import { ruleWords } from '../../i18n/rule-reader';
import { rowsText } from './import-outcome';

interface RejectedRowsTableProps {
  spec: TableSpec;
  rejected: readonly RejectedCsvRow[];
  /** Distinct rows refused; the list itself stops at the first 100 problems. */
  rejectedCount: number;
}

/** The column's words beside its file name ("shift_date: Shift date"), or the import's own marker. */
function fieldText(spec: TableSpec, field: string): string {
  if (field === '(row)') return i18next.t('importer.wholeRow');
  if (field === '(file)') return i18next.t('importer.wholeFile');
  const unnamed = /^\(column (\d+)\)$/.exec(field);
  if (unnamed) return i18next.t('importer.unnamedColumn', { n: unnamed[1] });
  const column = spec.columns.find((c) => c.name === field);
  return column ? `${columnText(column.name, column.label)} (${field})` : field;
}

/** The refused rows of a file, one problem per line: spreadsheet row, field and reason. */
export function RejectedRowsTable({ spec, rejected, rejectedCount }: RejectedRowsTableProps) {
  if (rejected.length === 0) return null;
  const shownRows = new Set(rejected.map((r) => r.row)).size;
  return (
    <section className="import-rejected" aria-labelledby="import-rejected-title">
      <h3 id="import-rejected-title">{i18next.t('importer.problems')}</h3>
      <p className="field-hint">{i18next.t('importer.rowNumbers')}</p>
      <div className="import-scroll">
        <table className="list-table" data-testid="rejected-rows">
          <thead>
            <tr>
              <th scope="col">{i18next.t('importer.row')}</th>
              <th scope="col">{i18next.t('importer.field')}</th>
              <th scope="col">{i18next.t('importer.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {rejected.map((r, i) => (
              // One row may have several problems, and one problem may repeat: the position keeps keys unique.
              // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced whole, never reordered.
              <tr key={`${r.row}-${r.field}-${i}`}>
                <td className="num">{r.row === 1 ? i18next.t('importer.headerRow') : r.row}</td>
                <td>{fieldText(spec, r.field)}</td>
                <td>{r.code && i18next.language !== 'en' ? ruleWords(r.code, r.params) : r.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rejectedCount > shownRows && (
        <p className="field-hint">
          {i18next.t('importSummary.firstProblems', {
            count: rejectedCount,
            shown: fmt.number(100, 0),
            rows: rowsText(rejectedCount),
          })}
        </p>
      )}
    </section>
  );
}
