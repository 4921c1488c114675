import type { ListResult } from '../../src-shared/contract/crud';
import type { TableSpec } from '../../src-shared/tables/column';
import type { CoreDeps } from '../core';
import type { CallContext } from '../dispatch';
import type { ListQuery, Row } from '../tenancy/scoped-store';
import { storeOf } from './context';

type Ctx = CallContext<CoreDeps>;
type Key = Readonly<Record<string, unknown>>;
type UpdateInput = { key: Key; version: number; changes: Row; acknowledge?: readonly string[] };

/** The acknowledged warning codes of a create (already checked by the channel's schema). */
function acknowledgeOf(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined;
}

export type CrudHandlers<P extends string, R> = {
  [K in `${P}.list`]: (ctx: Ctx, input: ListQuery) => ListResult<R>;
} & {
  [K in `${P}.get`]: (ctx: Ctx, input: Key) => R;
} & { [K in `${P}.create`]: (ctx: Ctx, input: Row) => R } & {
  [K in `${P}.update`]: (ctx: Ctx, input: UpdateInput) => R;
} & { [K in `${P}.delete`]: (ctx: Ctx, input: { key: Key; version: number }) => { deleted: true } };

/**
 * The five handlers of a table's CRUD channels, all through the caller's scoped store. The rows
 * are typed by the contract (`R`, from the Kysely schema); the store itself is table-generic.
 */
export function crudHandlers<R>() {
  return <P extends string>(prefix: P, spec: TableSpec): CrudHandlers<P, R> => {
    const handlers = {
      [`${prefix}.list`]: (ctx: Ctx, input: ListQuery) => {
        const store = storeOf(ctx);
        const page = store.list(spec, input);
        // Entries that carry a warning come flagged, so the grid shows which rows to check.
        return { ...page, rows: store.withWarnings(spec, page.rows) };
      },
      [`${prefix}.get`]: (ctx: Ctx, input: Key) => storeOf(ctx).get(spec, input),
      [`${prefix}.create`]: (ctx: Ctx, input: Row) => {
        // `acknowledge` rides along with the row (to-zod.ts) but is not one of its columns.
        const { acknowledge, ...row } = input;
        const store = storeOf(ctx);
        const saved = store.create(spec, row, { acknowledge: acknowledgeOf(acknowledge) });
        return store.withWarnings(spec, [saved])[0] ?? saved;
      },
      [`${prefix}.update`]: (ctx: Ctx, input: UpdateInput) => {
        const store = storeOf(ctx);
        const saved = store.update(spec, input.key, input.version, input.changes, {
          acknowledge: input.acknowledge,
        });
        return store.withWarnings(spec, [saved])[0] ?? saved;
      },
      [`${prefix}.delete`]: (ctx: Ctx, input: { key: Key; version: number }) => {
        storeOf(ctx).remove(spec, input.key, input.version);
        return { deleted: true as const };
      },
    };
    return handlers as unknown as CrudHandlers<P, R>;
  };
}
