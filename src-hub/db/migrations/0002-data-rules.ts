import { sql } from 'kysely';
import type { HubMigration } from '../hub-migration';
import { HUB_SCHEMA } from '../hub-schema';
import { DATA_TABLE_DEFS } from './0001-data-tables';

/**
 * The PC's triggers, in PostgreSQL: a tenant row never moves to another client, a floating-pool
 * row needs a floating employee, a coverage needs a floating-pool member. The two lookups run as the
 * owner (SECURITY DEFINER), so the answer does not depend on which clients the writing PC sees.
 */
export const dataRules: HubMigration = {
  name: '0002-data-rules',
  async up(db) {
    const schema = sql.id(HUB_SCHEMA);
    await sql`CREATE FUNCTION client_id_immutable() RETURNS trigger LANGUAGE plpgsql
      SET search_path = ${schema}, pg_temp AS $$
      BEGIN
        IF NEW.client_id IS DISTINCT FROM OLD.client_id THEN
          RAISE EXCEPTION '%.client_id cannot change after insert', TG_TABLE_NAME
            USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`.execute(db);
    for (const def of DATA_TABLE_DEFS) {
      if (!def.columns.some((c) => c.name === 'client_id')) continue;
      await sql`CREATE TRIGGER ${sql.id(`${def.name}_client_id_immutable`)}
        BEFORE UPDATE OF client_id ON ${sql.table(def.name)}
        FOR EACH ROW EXECUTE FUNCTION client_id_immutable()`.execute(db);
    }

    await sql`CREATE FUNCTION floating_pool_requires_floating_employee() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = ${schema}, pg_temp AS $$
      BEGIN
        IF (TG_OP = 'INSERT' OR NEW.employee_id IS DISTINCT FROM OLD.employee_id)
          AND NOT EXISTS (SELECT 1 FROM employee WHERE employee_id = NEW.employee_id AND is_floating_pool) THEN
          RAISE EXCEPTION 'floating_pool.employee_id must be an employee with is_floating_pool = 1'
            USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`.execute(db);
    await sql`CREATE TRIGGER floating_pool_requires_floating_employee
      BEFORE INSERT OR UPDATE OF employee_id ON floating_pool
      FOR EACH ROW EXECUTE FUNCTION floating_pool_requires_floating_employee()`.execute(db);

    await sql`CREATE FUNCTION coverage_entry_floating_in_pool() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = ${schema}, pg_temp AS $$
      BEGIN
        IF (TG_OP = 'INSERT' OR NEW.floating_employee_id IS DISTINCT FROM OLD.floating_employee_id)
          AND NOT EXISTS (SELECT 1 FROM floating_pool
                          WHERE employee_id = NEW.floating_employee_id AND deleted_at IS NULL) THEN
          RAISE EXCEPTION 'coverage_entry.floating_employee_id must be in the floating pool'
            USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`.execute(db);
    await sql`CREATE TRIGGER coverage_entry_floating_in_pool
      BEFORE INSERT OR UPDATE OF floating_employee_id ON coverage_entry
      FOR EACH ROW EXECUTE FUNCTION coverage_entry_floating_in_pool()`.execute(db);
  },
};
