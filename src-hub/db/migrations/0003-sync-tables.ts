import { sql } from 'kysely';
import { CONFLICT_KINDS, MUTATION_STATUSES, REFUSAL_CODES } from '../../../src-shared/sync/protocol';
import type { HubMigration } from '../hub-migration';
import { inList, isKey } from './pg-ddl';

/** The hub's own tables (docs/sync.md): clocks, devices, the mutation ledger, conflicts, refusals, audit. */
export const HUB_AUDIT_ACTIONS = [
  'INSERT',
  'UPDATE',
  'DELETE',
  'RESTORE',
  'ENROL',
  'REVOKE',
  'PRUNE',
] as const;

export const syncTables: HubMigration = {
  name: '0003-sync-tables',
  async up(db) {
    await db.schema
      .createTable('plant_clock')
      .addColumn('id', 'boolean', (c) =>
        c
          .primaryKey()
          .defaultTo(sql.lit(true))
          .check(sql`${sql.ref('id')}`),
      )
      .addColumn('version', 'bigint', (c) => c.notNull().defaultTo(sql.lit(0)))
      .execute();
    await sql`INSERT INTO plant_clock (id, version) VALUES (true, 0)`.execute(db);

    // No foreign key to client: a client's clock is created (and locked) before its row is written.
    await db.schema
      .createTable('tenant_clock')
      .addColumn('client_id', 'text', (c) => c.primaryKey())
      .addColumn('version', 'bigint', (c) => c.notNull().defaultTo(sql.lit(0)))
      .addColumn('horizon', 'bigint', (c) => c.notNull().defaultTo(sql.lit(0)))
      .execute();

    await db.schema
      .createTable('device')
      .addColumn('device_id', 'text', (c) => c.primaryKey().check(isKey('device_id', 100)))
      .addColumn('secret_hash', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.user_id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('last_mutation_id', 'bigint', (c) => c.notNull().defaultTo(sql.lit(0)))
      .addColumn('last_push_at', 'timestamptz')
      .addColumn('last_pull_at', 'timestamptz')
      .addColumn('pc_schema', 'integer')
      .addColumn('revoked_at', 'timestamptz')
      .addColumn('revoked_by', 'text')
      .execute();

    await db.schema
      .createTable('device_mutation')
      .addColumn('device_id', 'text', (c) => c.notNull().references('device.device_id'))
      .addColumn('mutation_id', 'bigint', (c) => c.notNull())
      .addColumn('digest', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().check(inList('status', MUTATION_STATUSES)))
      .addColumn('server_version', 'bigint')
      .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addPrimaryKeyConstraint('device_mutation_pkey', ['device_id', 'mutation_id'])
      .execute();

    await db.schema
      .createTable('sync_conflict')
      .addColumn('conflict_id', 'bigint', (c) => c.primaryKey().generatedByDefaultAsIdentity())
      .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('device_id', 'text', (c) => c.notNull().references('device.device_id'))
      .addColumn('mutation_id', 'bigint', (c) => c.notNull())
      .addColumn('user_id', 'text')
      .addColumn('client_id', 'text')
      .addColumn('table_name', 'text', (c) => c.notNull())
      .addColumn('row_id', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull().check(inList('kind', CONFLICT_KINDS)))
      .addColumn('base_version', 'integer')
      .addColumn('pushed_row', 'jsonb', (c) => c.notNull())
      .addColumn('server_row', 'jsonb')
      .addUniqueConstraint('sync_conflict_mutation', ['device_id', 'mutation_id'])
      .execute();
    await sql`CREATE INDEX sync_conflict_client ON sync_conflict (client_id, at)`.execute(db);

    await db.schema
      .createTable('refused_mutation')
      .addColumn('refusal_id', 'bigint', (c) => c.primaryKey().generatedByDefaultAsIdentity())
      .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('device_id', 'text', (c) => c.notNull().references('device.device_id'))
      .addColumn('mutation_id', 'bigint', (c) => c.notNull())
      .addColumn('user_id', 'text')
      .addColumn('client_id', 'text')
      .addColumn('table_name', 'text', (c) => c.notNull())
      .addColumn('row_id', 'text', (c) => c.notNull())
      .addColumn('code', 'text', (c) => c.notNull().check(inList('code', REFUSAL_CODES)))
      .addColumn('message', 'text', (c) => c.notNull())
      .addColumn('pushed', 'jsonb', (c) => c.notNull())
      .addUniqueConstraint('refused_mutation_mutation', ['device_id', 'mutation_id'])
      .execute();

    await db.schema
      .createTable('hub_audit_log')
      .addColumn('id', 'bigint', (c) => c.primaryKey().generatedByDefaultAsIdentity())
      .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('device_id', 'text')
      .addColumn('user_id', 'text')
      .addColumn('client_id', 'text')
      .addColumn('table_name', 'text', (c) => c.notNull())
      .addColumn('row_id', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull().check(inList('action', HUB_AUDIT_ACTIONS)))
      .addColumn('server_version', 'bigint')
      .addColumn('before_json', 'jsonb')
      .addColumn('after_json', 'jsonb')
      .execute();
    await sql`CREATE INDEX hub_audit_log_row ON hub_audit_log (table_name, row_id)`.execute(db);
    await sql`CREATE FUNCTION hub_audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'hub_audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`.execute(db);
    await sql`CREATE TRIGGER hub_audit_log_append_only BEFORE UPDATE OR DELETE ON hub_audit_log
      FOR EACH ROW EXECUTE FUNCTION hub_audit_log_append_only()`.execute(db);
  },
};
