import type { ChannelName } from '../../src-shared/contract';
import type { CoreDeps } from '../core-deps';
import type { Handler } from '../dispatch';
import { scopeOf } from './context';

type H<K extends ChannelName> = Handler<K, CoreDeps>;

// The scope is built here from the session; the KPI reader (a worker in the app) only reads.
const report: H<'kpi.report'> = (ctx, input) => ctx.deps.kpi.run(scopeOf(ctx), 'kpi.report', input);
const board: H<'kpi.dashboard'> = (ctx, input) => ctx.deps.kpi.run(scopeOf(ctx), 'kpi.dashboard', input);
const trendOf: H<'kpi.trend'> = (ctx, input) => ctx.deps.kpi.run(scopeOf(ctx), 'kpi.trend', input);
const drill: H<'kpi.breakdown'> = (ctx, input) => ctx.deps.kpi.run(scopeOf(ctx), 'kpi.breakdown', input);
const compare: H<'kpi.compare'> = (ctx, input) => ctx.deps.kpi.run(scopeOf(ctx), 'kpi.compare', input);

/** Handlers of the KPI channels. */
export const kpiHandlers = {
  'kpi.report': report,
  'kpi.dashboard': board,
  'kpi.trend': trendOf,
  'kpi.breakdown': drill,
  'kpi.compare': compare,
};
