import type { Row } from '../db/schema';
import { TABLE_SPECS } from '../tables/registry';
import { type CrudChannels, crudChannels } from './crud';
import { CRUD_DOMAINS, type CrudDomain, type TableOfDomain } from './domains';

type UnionToIntersection<U> = (U extends unknown ? (k: U) => void : never) extends (k: infer I) => void
  ? I
  : never;

/** Every table's five CRUD channels, typed by its Kysely row. */
export type DataChannels = UnionToIntersection<
  { [D in CrudDomain]: CrudChannels<D, Row<TableOfDomain<D>>> }[CrudDomain]
>;

function build(): DataChannels {
  const all: Record<string, unknown> = {};
  for (const [domain, table] of Object.entries(CRUD_DOMAINS))
    Object.assign(all, crudChannels()(domain, TABLE_SPECS[table]));
  // Built from the same map the type is; the loop loses the per-key literal types.
  return all as DataChannels;
}

export const dataChannels: DataChannels = build();
