import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelName, RequestOf, ResponseOf, Result } from '../../src-shared/contract';
import { DRAFT_LIMITS, type DraftBody } from '../../src-shared/contract/drafts';
import { type Core, createCore } from '../core';
import { signInKey } from '../core.test-support';
import { CLIENT_A, CLIENT_B, seedTwoClients } from '../db/db.test-support';
import { createUser } from '../services/users/user-service';
import { SYSTEM_SCOPE } from '../tenancy/scope';
import { ScopedStore } from '../tenancy/scoped-store';

const PASSWORD = 'drafts-test-1';
let clock = Date.parse('2026-03-02T08:00:00Z');
let core: Core;

async function call<K extends ChannelName>(key: string, channel: K, payload: RequestOf<K>) {
  return (await core.dispatch(key, channel, payload)) as Result<ResponseOf<K>>;
}

const signIn = (username: string) => signInKey(core, username, PASSWORD, `window-${username}`);

function body(
  client: string,
  texts: Record<string, string> = { work_order_id: 'WO-A', units_produced: '12' },
) {
  return {
    domain: 'production',
    location: {
      screen: 'my-shift',
      client,
      preset: 'today',
      custom: { from: '2026-03-02', to: '2026-03-02' },
      shift: { date: '2026-03-02', shift: 'SHIFT_1ST' },
    },
    rows: [{ key: null, version: null, texts }],
  } satisfies DraftBody;
}

function put(key: string, draftKey: string, client: string | null, texts?: Record<string, string>) {
  return call(key, 'drafts.put', {
    key: draftKey,
    clientId: client,
    summary: `My shift › Production for ${client ?? 'the plant'}`,
    body: body(client ?? CLIENT_A, texts),
  });
}

async function keys(key: string): Promise<string[]> {
  const listed = await call(key, 'drafts.list', {});
  if (!listed.ok) throw new Error(listed.error.message);
  return listed.data.map((d) => d.key);
}

const stored = () =>
  core.deps.database.sqlite
    .prepare('SELECT user_id, draft_key, client_id, row_count FROM user_draft ORDER BY user_id, draft_key')
    .all();

beforeEach(async () => {
  core = createCore({ dbPath: ':memory:', host: 'test', now: () => new Date(clock) });
  const sqlite = core.deps.database.sqlite;
  seedTwoClients(sqlite);
  const system = new ScopedStore(sqlite, SYSTEM_SCOPE);
  await Promise.all([
    createUser(system, { user_id: 'U-ANA', username: 'ana', role: 'ADMIN', clients: [], password: PASSWORD }),
    createUser(system, {
      user_id: 'U-LEO',
      username: 'leo',
      role: 'LEADER',
      clients: [CLIENT_A, CLIENT_B],
      password: PASSWORD,
    }),
    createUser(system, {
      user_id: 'U-LIA',
      username: 'lia',
      role: 'LEADER',
      clients: [CLIENT_A],
      password: PASSWORD,
    }),
  ]);
});
afterEach(async () => {
  await core.close();
});

describe('drafts: unsaved rows kept per user on this PC', () => {
  it('keeps, replaces and gives back a user’s draft with its rows and where it was typed', async () => {
    const leo = await signIn('leo');
    expect(await put(leo, 'my-shift|production|A', CLIENT_A)).toMatchObject({
      ok: true,
      data: { kept: true },
    });
    clock += 60_000;
    expect(await put(leo, 'my-shift|production|A', CLIENT_A, { units_produced: '13' })).toMatchObject({
      ok: true,
    });
    const listed = await call(leo, 'drafts.list', {});
    expect(listed).toMatchObject({
      ok: true,
      data: [
        {
          key: 'my-shift|production|A',
          clientId: CLIENT_A,
          rowCount: 1,
          updatedAt: '2026-03-02T08:01:00.000Z',
          summary: `My shift › Production for ${CLIENT_A}`,
          body: { domain: 'production', rows: [{ key: null, texts: { units_produced: '13' } }] },
        },
      ],
    });
    expect(await call(leo, 'drafts.delete', { key: 'my-shift|production|A' })).toEqual({
      ok: true,
      data: { deleted: true },
    });
    expect(await keys(leo)).toEqual([]);
    expect(await call(leo, 'drafts.delete', { key: 'my-shift|production|A' })).toEqual({
      ok: true,
      data: { deleted: false },
    });
  });

  it('never shows user A’s drafts to user B, and B cannot overwrite or drop them', async () => {
    const leo = await signIn('leo');
    const lia = await signIn('lia');
    await put(leo, 'shared-key', CLIENT_A, { units_produced: 'leo typed this' });
    expect(await keys(lia)).toEqual([]);
    // The same key from B is B's own draft: A's stays as it was.
    await put(lia, 'shared-key', CLIENT_A, { units_produced: 'lia typed this' });
    expect(await call(lia, 'drafts.delete', { key: 'shared-key' })).toEqual({
      ok: true,
      data: { deleted: true },
    });
    expect(await call(lia, 'drafts.delete', { key: 'shared-key' })).toEqual({
      ok: true,
      data: { deleted: false },
    });
    const leos = await call(leo, 'drafts.list', {});
    expect(leos.ok && leos.data[0]?.body.rows[0]?.texts).toEqual({ units_produced: 'leo typed this' });
    expect(stored()).toEqual([
      { user_id: 'U-LEO', draft_key: 'shared-key', client_id: CLIENT_A, row_count: 1 },
    ]);
    // No payload names the owner: a user_id in the request is refused, not obeyed.
    const smuggled = await core.dispatch(lia, 'drafts.list', { user_id: 'U-LEO' });
    expect(smuggled).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('refuses a draft for a client outside the user’s scope, and one for no client that exists', async () => {
    const lia = await signIn('lia');
    expect(await put(lia, 'k', CLIENT_B)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const ana = await signIn('ana');
    expect(await put(ana, 'k', 'NO-SUCH')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(stored()).toEqual([]);
  });

  it('does not offer a draft of a client the user lost access to, and offers it again if access returns', async () => {
    const leo = await signIn('leo');
    await put(leo, 'a', CLIENT_A);
    await put(leo, 'b', CLIENT_B);
    expect((await keys(leo)).sort()).toEqual(['a', 'b']);
    const sqlite = core.deps.database.sqlite;
    sqlite
      .prepare("UPDATE user_client_access SET deleted_at = ? WHERE user_id = 'U-LEO' AND client_id = ?")
      .run('2026-03-02T09:00:00Z', CLIENT_B);
    // The change of clients ended the session: the next sign-in has the new scope.
    const again = await signIn('leo');
    expect(await keys(again)).toEqual(['a']);
    expect(await put(again, 'b', CLIENT_B)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    sqlite
      .prepare("UPDATE user_client_access SET deleted_at = NULL WHERE user_id = 'U-LEO' AND client_id = ?")
      .run(CLIENT_B);
    expect((await keys(await signIn('leo'))).sort()).toEqual(['a', 'b']);
  });

  it('needs a session, and checks every draft against the schema', async () => {
    expect(await put('nobody', 'k', CLIENT_A)).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    const leo = await signIn('leo');
    const bad = [
      { key: '', clientId: CLIENT_A, summary: 'x', body: body(CLIENT_A) },
      { key: 'k', clientId: CLIENT_A, summary: 'x', body: { ...body(CLIENT_A), domain: 'app_user_secrets' } },
      { key: 'k', clientId: CLIENT_A, summary: 'x', body: { ...body(CLIENT_A), rows: [] } },
      {
        key: 'k',
        clientId: CLIENT_A,
        summary: 'x',
        body: { ...body(CLIENT_A), rows: [{ key: null, version: null, texts: { 'x; DROP': '1' } }] },
      },
      {
        key: 'k',
        clientId: CLIENT_A,
        summary: 'x',
        body: body(CLIENT_A, { notes: 'x'.repeat(DRAFT_LIMITS.cellMax + 1) }),
      },
    ];
    for (const payload of bad) {
      const answer = await core.dispatch(leo, 'drafts.put', payload);
      expect(answer, JSON.stringify(payload).slice(0, 120)).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      });
    }
    expect(stored()).toEqual([]);
  });

  it('keeps at most one draft per grid and a bounded number per user', async () => {
    const leo = await signIn('leo');
    for (let i = 0; i < DRAFT_LIMITS.perUser; i += 1)
      expect(await put(leo, `grid-${i}`, CLIENT_A)).toMatchObject({ ok: true });
    // Replacing one of them is fine; one more is refused with what to do.
    expect(await put(leo, 'grid-0', CLIENT_A, { units_produced: '99' })).toMatchObject({ ok: true });
    const refused = await put(leo, 'grid-new', CLIENT_A);
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(!refused.ok && refused.error.message).toMatch(/save or discard some of them/);
    expect(stored()).toHaveLength(DRAFT_LIMITS.perUser);
  });

  it('drops drafts nobody touched for a month when the user’s drafts are next read', async () => {
    await put(await signIn('leo'), 'old', CLIENT_A);
    clock += (DRAFT_LIMITS.keepDays - 1) * 86_400_000;
    expect(await put(await signIn('leo'), 'recent', CLIENT_A)).toMatchObject({ ok: true });
    clock += 2 * 86_400_000;
    const again = await signIn('leo');
    expect(await keys(again)).toEqual(['recent']);
    expect(stored()).toHaveLength(1);
  });

  it('keeps several writers of one user’s drafts apart and whole (two windows at once)', async () => {
    const first = await signIn('leo');
    const second = await signIn('leo');
    const writes = Array.from({ length: 20 }, (_, i) =>
      put(i % 2 === 0 ? first : second, `grid-${i % 4}`, CLIENT_A, { units_produced: String(i) }),
    );
    const answers = await Promise.all(writes);
    expect(answers.every((a) => a.ok)).toBe(true);
    expect((await keys(first)).sort()).toEqual(['grid-0', 'grid-1', 'grid-2', 'grid-3']);
  });
});
