import type { ChannelName } from '../../src-shared/contract';
import { AppError } from '../../src-shared/contract/errors';
import { readPlantSettings } from '../auth/plant-settings';
import type { CoreDeps } from '../core-deps';
import type { Handler } from '../dispatch';
import { readScheduleStatus } from '../reports/schedule/schedule-state';
import { scopeOf } from './context';

type H<K extends ChannelName> = Handler<K, CoreDeps>;

/**
 * Builds a report where KPIs run (the KPI worker in the app, so a report never delays a save), as
 * the session's user sees the plant, on the plant's paper; its progress goes to the caller's window.
 */
const generate: H<'reports.generate'> = async (ctx, input) => {
  const scope = scopeOf(ctx);
  const paper = readPlantSettings(ctx.deps.database.sqlite).report_paper_size;
  const report = await ctx.deps.kpi.report(
    scope,
    { request: input, paper, now: ctx.deps.now().toISOString() },
    (done, total) => ctx.deps.progress(ctx.sessionKey, { channel: 'reports.generate', done, total }),
  );
  return {
    filename: report.filename,
    mediaType: report.mediaType,
    size: report.bytes.length,
    delivery: 'content',
    content: Buffer.from(report.bytes).toString('base64'),
    savedTo: null,
  };
};

/** The morning job's record: administrators only (it names a folder of this PC or the network). */
const schedule: H<'reports.schedule'> = (ctx) => {
  if (scopeOf(ctx).role !== 'ADMIN')
    throw new AppError('FORBIDDEN', 'Only an administrator can see the daily report job.');
  return readScheduleStatus(ctx.deps.database.sqlite);
};

export const reportHandlers = { 'reports.generate': generate, 'reports.schedule': schedule };
