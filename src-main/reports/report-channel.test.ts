import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProgressReport } from '../../src-shared/contract/progress';
import { type Core, createCore } from '../core';
import { signInKey } from '../core.test-support';
import { CLIENT_A, CLIENT_B, seedTwoClients } from '../db/db.test-support';
import { openDatabase } from '../db/open';
import { createUser } from '../services/users/user-service';
import { SYSTEM_SCOPE } from '../tenancy/scope';
import { ScopedStore } from '../tenancy/scoped-store';

// reports.generate as the app runs it: the core hands the report to the KPI worker (a thread of its
// own on a read-only connection), the worker's progress reaches the caller's session, and the
// session, not the payload, decides the clients.

const PASSWORD = 'report-channel-1';
const KPI_WORKER = join(resolve(__dirname, '../..'), 'src-main/kpi/kpi-worker.ts');
let dir: string;
let core: Core | null = null;
const progress: { key: string; report: ProgressReport }[] = [];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fk-report-channel-'));
  const file = join(dir, 'plant.db');
  const database = openDatabase(file, { create: true });
  seedTwoClients(database.sqlite);
  const store = new ScopedStore(database.sqlite, SYSTEM_SCOPE);
  await createUser(store, { username: 'lena', role: 'LEADER', clients: [CLIENT_A], password: PASSWORD });
  await database.close();
  progress.length = 0;
  core = createCore({
    dbPath: file,
    host: 'test',
    kpiWorkerFile: KPI_WORKER,
    onProgress: (key, report) => progress.push({ key, report }),
  });
});
afterEach(async () => {
  await core?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('reports.generate through the KPI worker', () => {
  it('answers the file, and tells the caller’s window how far it got', async () => {
    if (!core) throw new Error('no core');
    const key = await signInKey(core, 'lena', PASSWORD);
    const answer = await core.dispatch(key, 'reports.generate', {
      kind: 'daily',
      format: 'pdf',
      clientId: CLIENT_A,
      from: '2026-03-02',
    });
    if (!answer.ok) throw new Error(answer.error.message);
    const file = answer.data as { filename: string; content: string; delivery: string; size: number };
    expect(file.filename).toBe(`daily-report-${CLIENT_A}-2026-03-02.pdf`);
    expect(file.delivery).toBe('content');
    const bytes = Buffer.from(file.content, 'base64');
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.length).toBe(file.size);
    const mine = progress.filter((p) => p.key === key && p.report.channel === 'reports.generate');
    expect(mine.length).toBeGreaterThanOrEqual(3);
    const last = mine[mine.length - 1]?.report;
    expect(last && last.done === last.total).toBe(true);
  }, 60_000);

  it('refuses another client’s report and a plant summary to a leader, and answers a bad period in words', async () => {
    if (!core) throw new Error('no core');
    const key = await signInKey(core, 'lena', PASSWORD);
    const other = await core.dispatch(key, 'reports.generate', {
      kind: 'weekly',
      format: 'xlsx',
      clientId: CLIENT_B,
      from: '2026-03-02',
    });
    expect(other).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const plant = await core.dispatch(key, 'reports.generate', {
      kind: 'plant',
      format: 'pdf',
      from: '2026-03-01',
    });
    expect(plant).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const daily = await core.dispatch(key, 'reports.generate', {
      kind: 'daily',
      format: 'pdf',
      clientId: CLIENT_A,
      from: '2026-03-02',
      to: '2026-03-05',
    });
    expect(daily).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'to' }] } });
  }, 60_000);
});
