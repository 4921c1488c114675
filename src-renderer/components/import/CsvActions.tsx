import { useState } from 'react';
import type { CsvImportResult } from '../../../src-shared/contract/csv';
import type { DataTableName } from '../../../src-shared/tables/registry';
import { TABLE_SPECS } from '../../../src-shared/tables/registry';
import { i18next } from '../../i18n/i18n';
import { ExportButton, type ExportFilter } from './ExportButton';
import { ImportDialog } from './ImportDialog';

export interface CsvActionsProps {
  table: DataTableName;
  /** A person's name for the rows, in the dialog's title: "production entries". */
  plural: string;
  /** What the screen shows, so the export saves exactly that. */
  filter: ExportFilter;
  /** Called after an import wrote rows: reload the screen's list. */
  onImported?(result: CsvImportResult): void;
  /** False hides Import (a role that may not add rows here); export stays. */
  canImport?: boolean;
}

/** A screen's "Import CSV…" and "Export CSV" buttons, for a toolbar. */
export function CsvActions({ table, plural, filter, onImported, canImport = true }: CsvActionsProps) {
  const [open, setOpen] = useState(false);
  const spec = TABLE_SPECS[table];
  return (
    <div className="csv-actions">
      {canImport && (
        <button type="button" className="button-secondary" onClick={() => setOpen(true)}>
          {i18next.t('csv.import')}
        </button>
      )}
      <ExportButton spec={spec} filter={filter} />
      {open && (
        <ImportDialog
          spec={spec}
          plural={plural}
          onClose={() => setOpen(false)}
          onImported={(result) => onImported?.(result)}
        />
      )}
    </div>
  );
}
