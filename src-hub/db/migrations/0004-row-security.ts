import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { HubMigration } from '../hub-migration';
import { APP_ROLE, HUB_SCHEMA, type HubDB, OWNER_ROLE } from '../hub-schema';
import { DATA_TABLE_DEFS } from './0001-data-tables';

/**
 * Row-level security (docs/sync.md § Security). The hub service runs as `floorkpi_app`: not the
 * owner, NOBYPASSRLS; every table has FORCE ROW LEVEL SECURITY, so even the owner goes through a
 * policy (its own `owner_all`, for migrations and the hub's command line). Each transaction of the
 * service names its device with `set_config('app.device_id', …, true)`; the scope functions turn
 * that into the device's user and clients, and the policies admit only rows of those clients.
 * Without a device (or with a revoked one, or a deactivated user) nothing is visible.
 */

const PLANT_TABLES = new Set(['app_user', 'employee', 'floating_pool']);
const HUB_TABLES = [
  'plant_clock',
  'tenant_clock',
  'device',
  'device_mutation',
  'sync_conflict',
  'refused_mutation',
  'hub_audit_log',
  'hub_schema_migration',
] as const;

const app = sql.id(APP_ROLE);
const owner = sql.id(OWNER_ROLE);

/** The device's clients include `column` (every client for ADMIN and POWERUSER devices). */
function inScope(column: string): RawBuilder<unknown> {
  return sql`((SELECT scope_all()) OR ${sql.ref(column)} = ANY ((SELECT scope_clients())::text[]))`;
}
const ACTIVE_DEVICE = sql`((SELECT scope_user_id()) IS NOT NULL)`;
const PLANT_STAFF = sql`(SELECT scope_all())`;
const THIS_DEVICE = sql`(${sql.ref('device_id')} = current_setting('app.device_id', true))`;

async function policy(
  db: Kysely<HubDB>,
  table: string,
  name: string,
  command: 'ALL' | 'SELECT' | 'INSERT' | 'UPDATE',
  using: RawBuilder<unknown> | null,
  check: RawBuilder<unknown> | null,
): Promise<void> {
  const usingClause = using ? sql`USING (${using})` : sql``;
  const checkClause = check ? sql`WITH CHECK (${check})` : sql``;
  await sql`CREATE POLICY ${sql.id(name)} ON ${sql.table(table)} FOR ${sql.raw(command)} TO ${app}
    ${usingClause} ${checkClause}`.execute(db);
}

async function createScopeFunctions(db: Kysely<HubDB>): Promise<void> {
  const schema = sql.id(HUB_SCHEMA);
  // The device's active user. SECURITY DEFINER: runs as the owner (its own policy), so reading
  // devices, users and access rows here is not itself filtered by the scope it computes.
  const deviceUser = sql`SELECT u.user_id, u.role FROM device d JOIN app_user u ON u.user_id = d.user_id
    WHERE d.device_id = current_setting('app.device_id', true)
      AND d.revoked_at IS NULL AND u.deleted_at IS NULL AND u.is_active`;
  await sql`CREATE FUNCTION scope_user_id() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = ${schema}, pg_temp AS $$ SELECT user_id FROM (${deviceUser}) du $$`.execute(db);
  await sql`CREATE FUNCTION scope_role() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = ${schema}, pg_temp AS $$ SELECT role FROM (${deviceUser}) du $$`.execute(db);
  await sql`CREATE FUNCTION scope_all() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = ${schema}, pg_temp AS $$
      SELECT coalesce((SELECT role IN ('ADMIN', 'POWERUSER') FROM (${deviceUser}) du), false) $$`.execute(db);
  // LEADER: their live access rows to live clients; OPERATOR: the first of them only (as the PC's
  // scopeForUser), so an extra access row never widens an operator's PC.
  await sql`CREATE FUNCTION scope_clients() RETURNS text[] LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = ${schema}, pg_temp AS $$
      WITH du AS (${deviceUser}),
      granted AS (
        SELECT a.client_id FROM user_client_access a
        JOIN client c ON c.client_id = a.client_id
        JOIN du ON du.user_id = a.user_id
        WHERE a.deleted_at IS NULL AND c.deleted_at IS NULL
        ORDER BY a.client_id
        LIMIT CASE WHEN (SELECT role FROM du) = 'OPERATOR' THEN 1 END
      )
      SELECT coalesce(array_agg(client_id ORDER BY client_id), '{}') FROM granted $$`.execute(db);
  for (const name of ['scope_user_id', 'scope_role', 'scope_all', 'scope_clients']) {
    await sql`REVOKE ALL ON FUNCTION ${sql.id(name)}() FROM PUBLIC`.execute(db);
    await sql`GRANT EXECUTE ON FUNCTION ${sql.id(name)}() TO ${app}`.execute(db);
  }
}

async function grant(db: Kysely<HubDB>, table: string, privileges: string): Promise<void> {
  await sql`GRANT ${sql.raw(privileges)} ON ${sql.table(table)} TO ${app}`.execute(db);
}

export const rowSecurity: HubMigration = {
  name: '0004-row-security',
  async up(db) {
    await sql`REVOKE ALL ON SCHEMA ${sql.id(HUB_SCHEMA)} FROM PUBLIC`.execute(db);
    await sql`GRANT USAGE ON SCHEMA ${sql.id(HUB_SCHEMA)} TO ${app}`.execute(db);
    await createScopeFunctions(db);

    const tables = [...DATA_TABLE_DEFS.map((d) => d.name), ...HUB_TABLES];
    for (const table of tables) {
      await sql`ALTER TABLE ${sql.table(table)} ENABLE ROW LEVEL SECURITY`.execute(db);
      await sql`ALTER TABLE ${sql.table(table)} FORCE ROW LEVEL SECURITY`.execute(db);
      await sql`CREATE POLICY owner_all ON ${sql.table(table)} TO ${owner} USING (true) WITH CHECK (true)`.execute(
        db,
      );
    }

    // Data tables: read and write, never DELETE (deletes are soft; pruning runs as the owner).
    for (const def of DATA_TABLE_DEFS) {
      await grant(db, def.name, 'SELECT, INSERT, UPDATE');
      if (PLANT_TABLES.has(def.name)) continue;
      await policy(db, def.name, 'device_scope', 'ALL', inScope('client_id'), inScope('client_id'));
    }

    // Plant-level rows are the plant's directory: every active device reads users and employees
    // (tenant rows reference them), a floating-pool row when unassigned or lent to one of its clients.
    await policy(db, 'app_user', 'device_read', 'SELECT', ACTIVE_DEVICE, null);
    const admin = sql`((SELECT scope_role()) = 'ADMIN')`;
    await policy(db, 'app_user', 'admin_insert', 'INSERT', null, admin);
    await policy(db, 'app_user', 'admin_update', 'UPDATE', admin, admin);
    // Enrolment: the one user whose username the transaction signs in with (app.sign_in).
    const signingIn = sql`(lower(${sql.ref('username')}) = lower(current_setting('app.sign_in', true)))`;
    await policy(db, 'app_user', 'sign_in_read', 'SELECT', signingIn, null);
    await policy(db, 'app_user', 'sign_in_update', 'UPDATE', signingIn, signingIn);

    await policy(db, 'employee', 'device_read', 'SELECT', ACTIVE_DEVICE, null);
    await policy(db, 'employee', 'staff_insert', 'INSERT', null, PLANT_STAFF);
    await policy(db, 'employee', 'staff_update', 'UPDATE', PLANT_STAFF, PLANT_STAFF);

    const floatingVisible = sql`(${ACTIVE_DEVICE} AND (${sql.ref('assigned_to_client')} IS NULL
      OR ${inScope('assigned_to_client')}))`;
    await policy(db, 'floating_pool', 'device_read', 'SELECT', floatingVisible, null);
    await policy(db, 'floating_pool', 'staff_insert', 'INSERT', null, PLANT_STAFF);
    await policy(db, 'floating_pool', 'staff_update', 'UPDATE', PLANT_STAFF, PLANT_STAFF);

    await grant(db, 'tenant_clock', 'SELECT, INSERT, UPDATE');
    await policy(db, 'tenant_clock', 'device_scope', 'ALL', inScope('client_id'), inScope('client_id'));
    await grant(db, 'plant_clock', 'SELECT, UPDATE');
    await policy(db, 'plant_clock', 'device_scope', 'ALL', ACTIVE_DEVICE, ACTIVE_DEVICE);

    // A device sees and updates its own row (an ADMIN's device: every device, to revoke one).
    const ownOrAdmin = sql`(${THIS_DEVICE} OR (SELECT scope_role()) = 'ADMIN')`;
    await grant(db, 'device', 'SELECT, INSERT, UPDATE');
    await policy(db, 'device', 'own_device', 'ALL', ownOrAdmin, ownOrAdmin);
    for (const table of ['device_mutation', 'sync_conflict', 'refused_mutation']) {
      await grant(db, table, 'SELECT, INSERT');
      await policy(db, table, 'own_device', 'ALL', ownOrAdmin, THIS_DEVICE);
    }
    // Append-only: the service writes audit rows for its own device and never reads them back.
    await grant(db, 'hub_audit_log', 'INSERT');
    await policy(
      db,
      'hub_audit_log',
      'own_device',
      'INSERT',
      null,
      sql`(${sql.ref('device_id')} IS NOT DISTINCT FROM nullif(current_setting('app.device_id', true), ''))`,
    );
    await grant(db, 'hub_schema_migration', 'SELECT');
    await policy(db, 'hub_schema_migration', 'read', 'SELECT', sql`true`, null);
  },
};
