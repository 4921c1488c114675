import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect } from 'vitest';
import type { ChannelName, RequestOf, ResponseOf, Result } from '../../src-shared/contract';
import { recordingIo } from '../cli/cli-io.test-support';
import { runCli } from '../cli/run-cli';
import { type Core, createCore } from '../core';
import { signInKey } from '../core.test-support';
import { CLIENT_A, productionImportArgs, seedTwoClients } from '../db/db.test-support';
import { createUser } from '../services/users/user-service';
import { SYSTEM_SCOPE } from '../tenancy/scope';
import { ScopedStore } from '../tenancy/scoped-store';

/** Who the tests of a leader's overrides call as: CLIENT-A's leader (may confirm) and operator (may not). */
export type Caller = 'leader' | 'operator';

/**
 * A fresh in-memory core before each test with the two clients, and CLIENT-A's leader and operator
 * signed in with `password`; closed after each. `call` dispatches as one of them.
 */
export function leaderAndOperatorEachTest(password: string) {
  let core: Core | undefined;
  const keys: Record<Caller, string> = { leader: '', operator: '' };
  const current = (): Core => {
    if (!core) throw new Error('no core: call inside a test');
    return core;
  };
  beforeEach(async () => {
    core = createCore({ dbPath: ':memory:', host: 'test' });
    const sqlite = core.deps.database.sqlite;
    seedTwoClients(sqlite);
    const system = new ScopedStore(sqlite, SYSTEM_SCOPE);
    for (const [username, role] of [
      ['lead.a', 'LEADER'],
      ['op.a', 'OPERATOR'],
    ] as const)
      await createUser(system, { username, role, clients: [CLIENT_A], password });
    keys.leader = await signInKey(core, 'lead.a', password);
    keys.operator = await signInKey(core, 'op.a', password);
  });
  afterEach(() => core?.close());
  return {
    call: <K extends ChannelName>(who: Caller, channel: K, payload: RequestOf<K>) =>
      current().dispatch(keys[who], channel, payload) as Promise<Result<ResponseOf<K>>>,
    sqlite: () => current().deps.database.sqlite,
  };
}

/**
 * A plant database file made by `init` in a temporary folder before each test, with the two
 * clients and whatever `seed` adds; removed after each. `cli` runs the command line on it.
 */
export function cliPlantEachTest(prefix: string, seed: (sqlite: Database.Database) => void = () => {}) {
  let dir = '';
  const cli = async (...args: string[]) => {
    const run = recordingIo();
    const code = await runCli(args, run.io);
    return { code, out: run.stdout(), err: run.stderr() };
  };
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), prefix));
    expect((await cli('init', '--db', join(dir, 'plant.db'))).code).toBe(0);
    const file = new Database(join(dir, 'plant.db'));
    seedTwoClients(file);
    seed(file);
    file.close();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  return {
    cli,
    /** Writes `text` to a file and gives the arguments of the administrator's import of it into production_entry. */
    productionImport: (name: string, text: string) => {
      const file = join(dir, name);
      writeFileSync(file, text);
      return productionImportArgs(join(dir, 'plant.db'), file);
    },
    /** The rule each production entry's audit entry records as confirmed first (the CLI's overrides). */
    auditedRules: () => {
      const check = new Database(join(dir, 'plant.db'), { readonly: true });
      try {
        return check
          .prepare(
            "SELECT json_extract(after_json, '$.confirmed_overrides[0].rule') AS rule FROM audit_log WHERE table_name = 'production_entry'",
          )
          .all();
      } finally {
        check.close();
      }
    },
  };
}
