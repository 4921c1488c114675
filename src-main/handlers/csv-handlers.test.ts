import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelName, RequestOf, ResponseOf, Result } from '../../src-shared/contract';
import { type Core, createCore } from '../core';
import { signInKey } from '../core.test-support';
import { CLIENT_A, CLIENT_B, seedTwoClients } from '../db/db.test-support';
import { createUser } from '../services/users/user-service';
import { SYSTEM_SCOPE } from '../tenancy/scope';
import { ScopedStore } from '../tenancy/scoped-store';

let core: Core;
/** The session key the sign-in gave this caller (the core draws a new one at every sign-in). */
let key = 's';
const count = () =>
  (core.deps.database.sqlite.prepare('SELECT count(*) AS n FROM production_entry').get() as { n: number }).n;
/** A typed call as the renderer's client makes it. */
const call = <K extends ChannelName>(channel: K, payload: RequestOf<K>) =>
  core.dispatch(key, channel, payload) as Promise<Result<ResponseOf<K>>>;
const header = 'client_id,work_order_id,shift_date,shift_type,units_produced';

beforeEach(async () => {
  core = createCore({ dbPath: ':memory:', host: 'test' });
  seedTwoClients(core.deps.database.sqlite);
  await createUser(new ScopedStore(core.deps.database.sqlite, SYSTEM_SCOPE), {
    username: 'lead.a',
    role: 'LEADER',
    clients: [CLIENT_A],
    password: 'csv-channel-1',
  });
  key = await signInKey(core, 'lead.a', 'csv-channel-1');
});
afterEach(() => core.close());

describe('csv channels', () => {
  const good = `${header}\n${CLIENT_A},WO-A,2026-03-02,SHIFT_1ST,100\n${CLIENT_A},WO-A,2026-03-03,SHIFT_1ST,90\n`;
  const bad = `${header}\n${CLIENT_A},WO-A,2026-02-30,SHIFT_1ST,100\n${CLIENT_B},WO-B,2026-03-03,SHIFT_1ST,5\n${CLIENT_A},WO-A,2026-03-04,SHIFT_1ST,-1\n`;

  it('previews a file without writing, listing what would go in', async () => {
    const result = await call('csv.preview', { table: 'production_entry', text: good });
    expect(result).toMatchObject({
      ok: true,
      data: { total: 2, inserted: 2, rejectedCount: 0, headers: header.split(',') },
    });
    expect(count()).toBe(0);
  });

  it('imports all or nothing, naming each bad row and field', async () => {
    const refused = await call('csv.import', { table: 'production_entry', text: bad });
    expect(refused.ok && refused.data.inserted).toBe(0);
    expect(refused.ok && refused.data.rejected.map((r) => [r.row, r.field])).toEqual([
      [2, 'shift_date'],
      [3, 'client_id'],
      [4, 'units_produced'],
    ]);
    expect(count()).toBe(0);
    const done = await call('csv.import', { table: 'production_entry', text: good });
    expect(done).toMatchObject({ ok: true, data: { inserted: 2 } });
    expect(count()).toBe(2);
  });

  it('tells the caller, by its session, how far a large import has got', async () => {
    const reports: { key: string; channel: string; done: number; total: number }[] = [];
    core.deps.progress = (key, report) => reports.push({ key, ...report });
    const lines = Array.from({ length: 4_500 }, (_, i) => {
      const day = String((i % 28) + 1).padStart(2, '0');
      return `${CLIENT_A},WO-A,2026-02-${day},SHIFT_1ST,${i}`;
    });
    const result = await call('csv.import', {
      table: 'production_entry',
      text: [header, ...lines].join('\n'),
    });
    expect(result).toMatchObject({ ok: true, data: { total: 4_500 } });
    expect(reports.map((r) => [r.key, r.channel, r.done, r.total])).toEqual([
      [key, 'csv.import', 2_000, 4_500],
      [key, 'csv.import', 4_000, 4_500],
      [key, 'csv.import', 4_500, 4_500],
    ]);
  });

  it('exports the scope’s rows and refuses another client', async () => {
    await call('csv.import', { table: 'production_entry', text: good });
    const file = await call('csv.export', { table: 'production_entry', clientIds: [CLIENT_A] });
    expect(file.ok && file.data.rows).toBe(2);
    expect(file.ok && file.data.filename).toMatch(/^production_entry-\d{4}-\d{2}-\d{2}\.csv$/);
    const other = await call('csv.export', {
      table: 'production_entry',
      clientIds: [CLIENT_B],
    });
    expect(other).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
