import type { Kysely } from 'kysely';

/**
 * The store's view of the schema: its CRUD names tables and columns from the table specs at run
 * time, so a row is a record of the spec's columns. The typed `DB` interface (src-shared/db/schema)
 * types the store's fixed queries; this one types the spec-driven ones without casts.
 */
export type StoreRow = Record<string, unknown>;
export type StoreDb = Record<string, StoreRow>;
export type StoreKysely = Kysely<StoreDb>;
