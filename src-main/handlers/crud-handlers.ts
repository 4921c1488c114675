import type { Confirmation } from '../../src-shared/contract/confirmations';
import type { ListResult } from '../../src-shared/contract/crud';
import type { TableSpec } from '../../src-shared/tables/column';
import type { CoreDeps } from '../core';
import type { CallContext } from '../dispatch';
import type { ListQuery, Row } from '../tenancy/scoped-store';
import { storeOf } from './context';

type Ctx = CallContext<CoreDeps>;
type Key = Readonly<Record<string, unknown>>;
type Confirm = { confirm?: readonly Confirmation[] };

export type CrudHandlers<P extends string, R> = {
  [K in `${P}.list`]: (ctx: Ctx, input: ListQuery) => ListResult<R>;
} & {
  [K in `${P}.get`]: (ctx: Ctx, input: Key) => R;
} & { [K in `${P}.create`]: (ctx: Ctx, input: Row & Confirm) => R } & {
  [K in `${P}.update`]: (ctx: Ctx, input: { key: Key; version: number; changes: Row } & Confirm) => R;
} & { [K in `${P}.delete`]: (ctx: Ctx, input: { key: Key; version: number }) => { deleted: true } };

/**
 * The five handlers of a table's CRUD channels, all through the caller's scoped store. The rows
 * are typed by the contract (`R`, from the Kysely schema); the store itself is table-generic.
 */
export function crudHandlers<R>() {
  return <P extends string>(prefix: P, spec: TableSpec): CrudHandlers<P, R> => {
    const handlers = {
      [`${prefix}.list`]: (ctx: Ctx, input: ListQuery) => storeOf(ctx).list(spec, input),
      [`${prefix}.get`]: (ctx: Ctx, input: Key) => storeOf(ctx).get(spec, input),
      [`${prefix}.create`]: (ctx: Ctx, input: Row & Confirm) => {
        // `confirm` is how the request was made, not a field of the row.
        const { confirm, ...row } = input;
        return storeOf(ctx).create(spec, row, { confirm });
      },
      [`${prefix}.update`]: (ctx: Ctx, input: { key: Key; version: number; changes: Row } & Confirm) =>
        storeOf(ctx).update(spec, input.key, input.version, input.changes, { confirm: input.confirm }),
      [`${prefix}.delete`]: (ctx: Ctx, input: { key: Key; version: number }) => {
        storeOf(ctx).remove(spec, input.key, input.version);
        return { deleted: true as const };
      },
    };
    return handlers as unknown as CrudHandlers<P, R>;
  };
}
