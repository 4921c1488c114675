import type { Row } from '../db/schema';
import { TABLE_SPECS } from '../tables/registry';
import { type CrudChannels, tableChannels } from './crud';
import { CRUD_DOMAINS, type CrudDomain, type TableOfDomain } from './domains';
import type { UnionToIntersection } from './join';

/** Every table's five CRUD channels, typed by its Kysely row. */
export type DataChannels = UnionToIntersection<
  { [D in CrudDomain]: CrudChannels<D, Row<TableOfDomain<D>>> }[CrudDomain]
>;

/** The name of one table's CRUD channel: `production.list`, `users.update`, … */
export type DataChannelName = keyof DataChannels;

/**
 * Every table's CRUD channels but those in `except`, which another map defines (with its own
 * request): the contract joins them and refuses a channel defined twice.
 */
export function crudChannels<const E extends DataChannelName = never>(
  options: { except?: readonly E[] } = {},
): Omit<DataChannels, E> {
  const except: ReadonlySet<string> = new Set(options.except);
  const all: Record<string, unknown> = {};
  for (const [domain, table] of Object.entries(CRUD_DOMAINS)) {
    for (const [name, def] of Object.entries(tableChannels()(domain, TABLE_SPECS[table])))
      if (!except.has(name)) all[name] = def;
  }
  // Built from the same map the type is; the loop loses the per-key literal types.
  return all as Omit<DataChannels, E>;
}

/** The contract's CRUD channels: users.create is the admin channel (admin.ts), which sets a password. */
export const dataChannels = crudChannels({ except: ['users.create'] });
