import { useState } from 'react';
import type { TableSpec } from '../../../src-shared/tables/column';
import { errorText, invoke } from '../../api/client';
import { exportExtras } from '../../i18n/csv-options';
import { i18next } from '../../i18n/i18n';
import { downloadText } from './csv-files';
import { rowsText } from './import-outcome';

export interface ExportFilter {
  clientIds?: string[] | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

interface ExportButtonProps {
  spec: TableSpec;
  filter: ExportFilter;
}

/**
 * Saves the screen's rows (its client and, where the table has a date, its period) as a CSV file
 * that the import reads back unchanged. Says what was saved, or why not, beside the button.
 */
export function ExportButton({ spec, filter }: ExportButtonProps) {
  const [state, setState] = useState<{ busy: boolean; note: string | null; failed: boolean }>({
    busy: false,
    note: null,
    failed: false,
  });

  async function run(): Promise<void> {
    setState({ busy: true, note: null, failed: false });
    const dated = spec.dateColumn !== undefined;
    const result = await invoke('csv.export', {
      table: spec.table,
      ...(filter.clientIds ? { clientIds: filter.clientIds } : {}),
      ...(dated && filter.from ? { from: filter.from } : {}),
      ...(dated && filter.to ? { to: filter.to } : {}),
      ...exportExtras(spec),
    });
    if (!result.ok) {
      setState({
        busy: false,
        note: i18next.t('csv.exportFailed', { message: errorText(result.error) }),
        failed: true,
      });
      return;
    }
    // The byte-order mark makes Excel read the file as UTF-8: "talón" stays "talón".
    downloadText(result.data.filename, `\uFEFF${result.data.text}`);
    setState({
      busy: false,
      note: i18next.t('csv.exported', { rows: rowsText(result.data.rows), file: result.data.filename }),
      failed: false,
    });
  }

  return (
    <>
      <button type="button" className="button-secondary" onClick={() => void run()} disabled={state.busy}>
        {state.busy ? i18next.t('csv.exporting') : i18next.t('csv.export')}
      </button>
      {state.note && (
        <span className={state.failed ? 'field-error' : 'csv-note'} role={state.failed ? 'alert' : 'status'}>
          {state.note}
        </span>
      )}
    </>
  );
}
