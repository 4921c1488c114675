import type { ChannelName } from '../../src-shared/contract';
import { AppError } from '../../src-shared/contract/errors';
import { localIsoDate } from '../../src-shared/domain/plant-clock';
import type { TableSpec } from '../../src-shared/tables/column';
import { parseDelimited } from '../../src-shared/tables/parse-cell';
import { specOf } from '../../src-shared/tables/registry';
import type { CoreDeps } from '../core-deps';
import { exportRows } from '../csv/export-table';
import { type ImportOptions, importRowsInSteps } from '../csv/import-table';
import type { CallContext, Handler } from '../dispatch';
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

// Often enough for a smooth bar (a 100,000-row file reports 50 times), rarely enough to cost nothing.
const PROGRESS_EVERY = 2_000;

/** Import options that report the call's progress to its caller. */
function reporting(ctx: CallContext<CoreDeps>, channel: ChannelName): ImportOptions {
  return {
    progressEvery: PROGRESS_EVERY,
    onProgress: (done, total) => ctx.deps.progress(ctx.sessionKey, { channel, done, total }),
  };
}

// Both run in steps with the writer to themselves (the core routes csv.* as exclusive calls), so
// other users' calls are answered while a 100,000-row file is checked and written.
const preview: H<'csv.preview'> = async (ctx, input) => {
  // Duplicates are counted, not rejected: the dialog then asks whether to skip or update them.
  const result = await importRowsInSteps(storeOf(ctx), tableSpec(input.table), input.text, {
    ...reporting(ctx, 'csv.preview'),
    dryRun: true,
    duplicates: 'skip',
    confirm: input.confirm,
    ...(input.format ? { format: input.format } : {}),
  });
  const [headers = [], ...records] = parseDelimited(input.text).records;
  return { ...result, headers, rows: records.slice(0, 20) };
};

const importCsv: H<'csv.import'> = (ctx, input) =>
  importRowsInSteps(storeOf(ctx), tableSpec(input.table), input.text, {
    ...reporting(ctx, 'csv.import'),
    partial: input.partial,
    duplicates: input.duplicates,
    confirm: input.confirm,
    ...(input.format ? { format: input.format } : {}),
  });

const exportCsv: H<'csv.export'> = (ctx, input) => {
  const spec = tableSpec(input.table);
  const text = exportRows(storeOf(ctx), spec, {
    clientIds: input.clientIds,
    from: input.from,
    to: input.to,
    ...(input.separator ? { separator: input.separator } : {}),
    ...(input.labels ? { labels: input.labels } : {}),
  });
  const stamp = localIsoDate(new Date());
  // Lines minus the header row(s) (the text ends with a newline when it has rows).
  const headers = input.labels ? 2 : 1;
  const rows = Math.max(0, text.split('\n').filter((line) => line.trim() !== '').length - headers);
  return { filename: `${spec.table}-${stamp}.csv`, text, rows };
};

/** Handlers of the CSV channels: the same import and export as the command line's. */
export const csvHandlers = { 'csv.preview': preview, 'csv.import': importCsv, 'csv.export': exportCsv };
