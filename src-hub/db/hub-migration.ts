import type { Kysely } from 'kysely';
import type { HubDB } from './hub-schema';

/**
 * One step of the hub's schema. `up` runs inside its own transaction as the owner role, with its
 * record in `hub_schema_migration`; never edit a shipped one: add the next number instead.
 */
export interface HubMigration {
  name: string;
  up(db: Kysely<HubDB>): Promise<void>;
}
