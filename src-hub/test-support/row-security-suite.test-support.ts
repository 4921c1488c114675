import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { APP_ROLE } from '../db/hub-schema';
import type { HubFixture } from './hub-fixture.test-support';
import { PASSWORD } from './hub-fixture.test-support';
import { asOwner } from './hub-rows.test-support';
import { probeRowSecurity } from './rls-probe.test-support';

/**
 * The row-level security tests, shared by PGlite (fast, every `npm run test:unit`) and a real
 * PostgreSQL 15 (the `*.pg.test.ts` run): `fixture()` gives a seeded hub with the plant's users.
 * The last test breaks policies on purpose, so the suite must run last in its file.
 */
export function rowSecuritySuite(fixture: () => HubFixture): void {
  describe('row-level security', () => {
    it('runs the service as a role that owns nothing and cannot bypass row security', async () => {
      const { hub } = fixture();
      const role = await sql<{ rolsuper: number; rolbypassrls: number }>`
        SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = ${APP_ROLE}`.execute(hub.db);
      expect(role.rows).toEqual([{ rolsuper: 0, rolbypassrls: 0 }]);
      const owned = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'floorkpi' AND pg_get_userbyid(c.relowner) = ${APP_ROLE}`.execute(hub.db);
      expect(owned.rows[0]?.n).toBe(0);
      const loose = await sql<{ relname: string }>`SELECT c.relname FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'floorkpi' AND c.relkind = 'r'
          AND NOT (c.relrowsecurity AND c.relforcerowsecurity)`.execute(hub.db);
      expect(loose.rows).toEqual([]);
    });

    it("keeps a leader's PC inside its clients: no read, update or insert reaches another client", async () => {
      const pc = await fixture().pc('Probe A', { username: 'lead-a', password: PASSWORD });
      await expect(
        probeRowSecurity(fixture().hub.db, pc.deviceId, 'CLIENT-A', 'CLIENT-B'),
      ).resolves.toBeUndefined();
    });

    it('shuts out a revoked PC entirely', async () => {
      const { hub } = fixture();
      const pc = await fixture().pc('Probe revoked', { username: 'lead-b', password: PASSWORD });
      await asOwner(hub.db, (trx) =>
        trx
          .updateTable('device')
          .set({ revoked_at: sql<string>`now()` })
          .where('device_id', '=', pc.deviceId)
          .execute(),
      );
      // As if revoked: the probe's "inside" client is not visible either.
      await expect(probeRowSecurity(hub.db, pc.deviceId, 'NONE', 'CLIENT-B')).resolves.toBeUndefined();
    });

    it('catches a broken policy: the probe fails once a table admits every row', async () => {
      const { hub } = fixture();
      const pc = await fixture().pc('Probe broken', { username: 'lead-a', password: PASSWORD });
      await asOwner(hub.db, async (trx) => {
        await sql`DROP POLICY device_scope ON quality_entry`.execute(trx);
        await sql`CREATE POLICY device_scope ON quality_entry TO floorkpi_app USING (true) WITH CHECK (true)`.execute(
          trx,
        );
      });
      await expect(probeRowSecurity(hub.db, pc.deviceId, 'CLIENT-A', 'CLIENT-B')).rejects.toThrow(
        /reads quality_entry of CLIENT-B/,
      );
      await asOwner(hub.db, (trx) => sql`ALTER TABLE work_order NO FORCE ROW LEVEL SECURITY`.execute(trx));
      await asOwner(hub.db, (trx) => sql`ALTER TABLE work_order DISABLE ROW LEVEL SECURITY`.execute(trx));
      await expect(probeRowSecurity(hub.db, pc.deviceId, 'CLIENT-A', 'CLIENT-B')).rejects.toThrow(
        /inserts a work order for CLIENT-B/,
      );
    });
  });
}
