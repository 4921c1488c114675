import type { Confirmation } from '../../src-shared/contract/confirmations';
import type { DataChannelName } from '../../src-shared/contract/data';
import { CRUD_DOMAINS } from '../../src-shared/contract/domains';
import type { TableSpec } from '../../src-shared/tables/column';
import { TABLE_SPECS } from '../../src-shared/tables/registry';
import type { CoreDeps } from '../core-deps';
import type { CallContext, Handlers } from '../dispatch';
import type { ListQuery, Row } from '../tenancy/scoped-store';
import { storeOf } from './context';

type Ctx = CallContext<CoreDeps>;
type Key = Readonly<Record<string, unknown>>;
type UpdateInput = {
  key: Key;
  version: number;
  changes: Row;
  confirm?: readonly Confirmation[];
};

/** What a create confirmed: warnings and rules (already checked by the channel's schema). */
function confirmOf(value: unknown): Confirmation[] | undefined {
  return Array.isArray(value) ? value.filter((v): v is Confirmation => typeof v === 'string') : undefined;
}

/** The handlers of every table's CRUD channels, typed by the contract (one definition: data.ts). */
export type DataHandlers = Pick<Handlers<CoreDeps>, DataChannelName>;

/** The five handlers of one table, all through the caller's scoped store (which is table-generic). */
function tableHandlers(spec: TableSpec) {
  return {
    list: (ctx: Ctx, input: ListQuery) => {
      const store = storeOf(ctx);
      const page = store.list(spec, input);
      // Entries that carry a warning come flagged, so the grid shows which rows to check.
      return { ...page, rows: store.withWarnings(spec, page.rows) };
    },
    get: (ctx: Ctx, input: Key) => storeOf(ctx).get(spec, input),
    create: (ctx: Ctx, input: Row) => {
      // `confirm` says how the request was made; it is not a column of the row.
      const { confirm, ...row } = input;
      const store = storeOf(ctx);
      const saved = store.create(spec, row, { confirm: confirmOf(confirm) });
      return store.withWarnings(spec, [saved])[0] ?? saved;
    },
    update: (ctx: Ctx, input: UpdateInput) => {
      const store = storeOf(ctx);
      const saved = store.update(spec, input.key, input.version, input.changes, { confirm: input.confirm });
      return store.withWarnings(spec, [saved])[0] ?? saved;
    },
    delete: (ctx: Ctx, input: { key: Key; version: number }) => {
      storeOf(ctx).remove(spec, input.key, input.version);
      return { deleted: true as const };
    },
  };
}

/**
 * Every table's CRUD handlers but those in `except`, which a handler of their own serves (a new
 * client gets its default lists, …): the handler maps are joined with joinChannels, which refuses
 * a channel served twice, so an override is always named here.
 */
export function crudHandlers<const E extends DataChannelName = never>(
  options: { except?: readonly E[] } = {},
): Omit<DataHandlers, E> {
  const except: ReadonlySet<string> = new Set(options.except);
  const all: Record<string, unknown> = {};
  for (const [domain, table] of Object.entries(CRUD_DOMAINS)) {
    for (const [verb, handler] of Object.entries(tableHandlers(TABLE_SPECS[table]))) {
      const name = `${domain}.${verb}`;
      if (!except.has(name)) all[name] = handler;
    }
  }
  // Named from CRUD_DOMAINS as the contract's channels are; the store returns the spec's table's
  // rows as SQLite gave them, which the contract types by the Kysely schema (see rowOf).
  return all as Omit<DataHandlers, E>;
}
