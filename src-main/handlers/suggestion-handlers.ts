import type { ChannelName } from '../../src-shared/contract';
import { qualityEntrySpec } from '../../src-shared/tables/specs/quality';
import type { CoreDeps } from '../core-deps';
import type { Handler } from '../dispatch';
import { storeOf } from './context';

type H<K extends ChannelName> = Handler<K, CoreDeps>;

/** Enough spellings to choose from; a list longer than this is a list to clean, not to scroll. */
const MOST = 200;

const operations: H<'quality.operations'> = (ctx, input) => ({
  values: storeOf(ctx).distinctValues(
    qualityEntrySpec,
    'operation_checked',
    { clientIds: input.clientIds },
    MOST,
  ),
});

/** Handlers of the read-only suggestion lists (see contract/suggestions.ts). */
export const suggestionHandlers = {
  'quality.operations': operations,
};
