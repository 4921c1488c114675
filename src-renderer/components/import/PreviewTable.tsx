import type { TableSpec } from '../../../src-shared/tables/column';
import { matchHeaders } from './header-match';

interface PreviewTableProps {
  spec: TableSpec;
  headers: readonly string[];
  rows: readonly (readonly string[])[];
  total: number;
  /** Spreadsheet rows (header = 1) with a problem: marked in the preview. */
  badRows: ReadonlySet<number>;
}

const KIND_WORDS = {
  matched: '',
  workflow: 'kept if your role may approve',
  ignored: 'set by FloorKPI: not imported',
  unknown: 'not a column of this table',
  blank: 'no name: must stay empty',
} as const;

/** The file as it will be read: each heading with the column it fills, then the first rows. */
export function PreviewTable({ spec, headers, rows, total, badRows }: PreviewTableProps) {
  const { matches, missing } = matchHeaders(spec, headers);
  return (
    <section aria-labelledby="import-preview-title">
      <h3 id="import-preview-title">
        First {Math.min(rows.length, total)} of {total} rows
      </h3>
      {missing.length > 0 && (
        <p className="field-error">
          Missing required {missing.length === 1 ? 'column' : 'columns'}:{' '}
          {missing.map((c) => `${c.name} (${c.label})`).join(', ')}.
        </p>
      )}
      <div className="import-scroll import-preview">
        <table className="list-table">
          <thead>
            <tr>
              {matches.map((m, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: headings may repeat or be blank; the position is the identity.
                <th key={i} scope="col" className={`import-head import-head-${m.kind}`}>
                  <span className="import-head-name">{m.header || '(blank)'}</span>
                  <span className="import-head-note">
                    {m.kind === 'matched'
                      ? (m.column?.label ?? '')
                      : m.kind === 'workflow'
                        ? `${m.column?.label ?? ''}: ${KIND_WORDS.workflow}`
                        : KIND_WORDS[m.kind]}
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
