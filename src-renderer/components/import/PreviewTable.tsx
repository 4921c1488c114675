import { useTranslation } from 'react-i18next';
import type { TableSpec } from '../../../src-shared/tables/column';
import { fmt } from '../../i18n/fmt';
import { columnText } from '../../i18n/labels';
import { matchHeaders } from './header-match';

interface PreviewTableProps {
  spec: TableSpec;
  headers: readonly string[];
  rows: readonly (readonly string[])[];
  total: number;
  /** Spreadsheet rows (header = 1) with a problem: marked in the preview. */
  badRows: ReadonlySet<number>;
}

/** The file as it will be read: each heading with the column it fills, then the first rows. */
export function PreviewTable({ spec, headers, rows, total, badRows }: PreviewTableProps) {
  const { t } = useTranslation();
  const { matches, missing } = matchHeaders(spec, headers);
  const label = (column: { name: string; label: string } | null | undefined) =>
    column ? columnText(column.name, column.label) : '';
  return (
    <section aria-labelledby="import-preview-title">
      <h3 id="import-preview-title">
        {t('importSummary.first', {
          count: total,
          shown: fmt.number(Math.min(rows.length, total), 0),
          total: fmt.number(total, 0),
        })}
      </h3>
      {missing.length > 0 && (
        <p className="field-error">
          {t('importSummary.missing', {
            count: missing.length,
            columns: missing.map((c) => `${c.name} (${label(c)})`).join(', '),
          })}
        </p>
      )}
      <div className="import-scroll import-preview">
        <table className="list-table">
          <thead>
            <tr>
              {matches.map((m, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: headings may repeat or be blank; the position is the identity.
                <th key={i} scope="col" className={`import-head import-head-${m.kind}`}>
                  <span className="import-head-name">{m.header || t('importSummary.blankHeader')}</span>
                  <span className="import-head-note">
                    {m.kind === 'matched'
                      ? label(m.column)
                      : m.kind === 'workflow'
                        ? `${label(m.column)}: ${t('importSummary.kinds.workflow')}`
                        : t(`importSummary.kinds.${m.kind}`)}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((record, r) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a file's rows have no identity but their place.
              <tr key={r} className={badRows.has(r + 2) ? 'import-bad-row' : undefined}>
                {matches.map((_, c) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells are identified by their column position.
                  <td key={c}>{record[c] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
