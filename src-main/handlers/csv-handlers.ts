import type { ChannelName } from '../../src-shared/contract';
import { AppError } from '../../src-shared/contract/errors';
import type { TableSpec } from '../../src-shared/tables/column';
import { parseDelimited } from '../../src-shared/tables/parse-cell';
import { specOf } from '../../src-shared/tables/registry';
import type { CoreDeps } from '../core';
import { exportRows } from '../csv/export-table';
import { importRows } from '../csv/import-table';
import type { Handler } from '../dispatch';
import { storeOf } from './context';

type H<K extends ChannelName> = Handler<K, CoreDeps>;

function tableSpec(name: string): TableSpec {
  const spec = specOf(name);
  if (!spec)
    throw new AppError('VALIDATION', `table: ${name} is not a table`, [
      { path: 'table', message: 'is not a table' },
    ]);
  return spec;
}

const preview: H<'csv.preview'> = (ctx, input) => {
  const result = importRows(storeOf(ctx), tableSpec(input.table), input.text, { dryRun: true });
  const [headers = [], ...records] = parseDelimited(input.text).records;
  return { ...result, headers, rows: records.slice(0, 20) };
};

const importCsv: H<'csv.import'> = (ctx, input) =>
  importRows(storeOf(ctx), tableSpec(input.table), input.text, { partial: input.partial });

const exportCsv: H<'csv.export'> = (ctx, input) => {
  const spec = tableSpec(input.table);
  const text = exportRows(storeOf(ctx), spec, { clientIds: input.clientIds, from: input.from, to: input.to });
  const stamp = new Date().toISOString().slice(0, 10);
  // Lines minus the header (the text ends with a newline when it has rows).
  const rows = Math.max(0, text.split('\n').filter((line) => line.trim() !== '').length - 1);
  return { filename: `${spec.table}-${stamp}.csv`, text, rows };
};

/** Handlers of the CSV channels: the same import and export as the command line's. */
export const csvHandlers = { 'csv.preview': preview, 'csv.import': importCsv, 'csv.export': exportCsv };
