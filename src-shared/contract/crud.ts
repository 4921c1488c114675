import { z } from 'zod';
import type { TableSpec } from '../tables/column';
import { isIsoDate } from '../tables/formats';
import { createSchema, keySchema, updateSchema } from '../tables/to-zod';
import { type ChannelDef, channel } from './channel';
import { confirmField } from './confirmations';

/** A page of rows and the total that matched, for paging and "showing 1–200 of 1,240". */
export interface ListResult<R> {
  rows: R[];
  total: number;
}

const isoDate = z.string().refine(isIsoDate, 'must be a real date like 2026-03-02');

/** How a list may be ordered: up to three columns, each ascending or descending. */
export const SORT_DIRECTIONS = ['asc', 'desc'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

/** One column of a list's order; the store accepts only the table's visible columns. */
export interface ListSort {
  column: string;
  direction: SortDirection;
}

const listSort = z
  .array(
    z.strictObject({
      column: z.string().regex(/^[a-z_]+$/, 'must be a field name'),
      direction: z.enum(SORT_DIRECTIONS).default('asc'),
    }),
  )
  .min(1)
  .max(3, 'can sort by at most 3 columns');

/** The filters every list channel takes: clients, an inclusive date range, exact fields, text, order, paging. */
export const listRequest = z
  .strictObject({
    clientIds: z.array(z.string().min(1).max(20)).max(200).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    equals: z
      .record(
        z.string().regex(/^[a-z_]+$/, 'must be a field name'),
        // One value, or a list meaning "any of these" (open orders: ACTIVE or ON_HOLD).
        z.union([
          z.string().max(200),
          z.number(),
          z
            .array(z.union([z.string().max(200), z.number()]))
            .min(1)
            .max(50),
        ]),
      )
      .optional(),
    text: z.string().max(100).optional(),
    /** The order of the rows, first column first; ties keep the table's own order (newest date first, then key). */
    sort: listSort.optional(),
    limit: z.number().int().min(1).max(1000).default(200),
    offset: z.number().int().min(0).default(0),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'must not be after "to"', path: ['from'] });

export type ListRequestSchema = typeof listRequest;
/**
 * A create or update may name what its caller confirmed (not a column: the handler takes it off the
 * row): warnings the person read, rules a leader overrides (contract/confirmations.ts).
 */
const confirmable = { confirm: confirmField };
const createRequest = (spec: TableSpec) => createSchema(spec).extend(confirmable);
const updateRequest = (spec: TableSpec) => updateSchema(spec).extend(confirmable);
type RowSchema = ReturnType<typeof createRequest>;
type UpdateSchema = ReturnType<typeof updateRequest>;
type KeySchema = ReturnType<typeof keySchema>;
type DeleteSchema = z.ZodObject<{ key: KeySchema; version: z.ZodNumber }>;

export type CrudChannels<P extends string, R> = {
  [K in `${P}.list`]: ChannelDef<ListRequestSchema, ListResult<R>>;
} & {
  [K in `${P}.get`]: ChannelDef<KeySchema, R>;
} & { [K in `${P}.create`]: ChannelDef<RowSchema, R> } & {
  [K in `${P}.update`]: ChannelDef<UpdateSchema, R>;
} & {
  [K in `${P}.delete`]: ChannelDef<DeleteSchema, { deleted: true }>;
};

/** The five channels of one table, named `<prefix>.list|get|create|update|delete`. */
export function tableChannels<R>() {
  return <P extends string>(prefix: P, spec: TableSpec): CrudChannels<P, R> => {
    const key = keySchema(spec);
    const channels = {
      [`${prefix}.list`]: channel<ListResult<R>>()(listRequest),
      [`${prefix}.get`]: channel<R>()(key),
      [`${prefix}.create`]: channel<R>()(createRequest(spec)),
      [`${prefix}.update`]: channel<R>()(updateRequest(spec)),
      [`${prefix}.delete`]: channel<{ deleted: true }>()(
        z.strictObject({ key, version: z.number().int().min(1) }),
      ),
    };
    // The computed keys lose their literal types; the mapped type restores them.
    return channels as CrudChannels<P, R>;
  };
}
