import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../auth/password';
import { insertClientDefaults } from '../../db/reference-defaults';
import { recordingIo } from '../cli-io.test-support';
import { runCli } from '../run-cli';

let dir: string;
let file: string;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fk-user-'));
  file = join(dir, 'plant.db');
  await runCli(['init', '--db', file], recordingIo().io);
  const sqlite = new Database(file);
  const now = new Date().toISOString();
  for (const id of ['BOOT-LINE-A', 'APPAREL-B']) {
    sqlite
      .prepare(
        'INSERT INTO client (client_id, client_name, is_active, created_at, updated_at) VALUES (?, ?, 1, ?, ?)',
      )
      .run(id, `Client ${id}`, now, now);
    insertClientDefaults(sqlite, id, { userId: null, now });
  }
  sqlite.close();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function readUsers() {
  const sqlite = new Database(file, { readonly: true });
  const users = sqlite
    .prepare('SELECT user_id, username, role, password_hash FROM app_user ORDER BY user_id')
    .all() as {
    user_id: string;
    username: string;
    role: string;
    password_hash: string;
  }[];
  const access = sqlite
    .prepare('SELECT user_id, client_id FROM user_client_access ORDER BY user_id, client_id')
    .all();
  const audit = sqlite
    .prepare("SELECT table_name, action, after_json FROM audit_log WHERE table_name = 'app_user'")
    .all() as {
    after_json: string;
  }[];
  sqlite.close();
  return { users, access, audit };
}

describe('cli user add', () => {
  it('adds a leader with a hashed password and their clients, audited without the hash', async () => {
    const run = recordingIo({ KPI_PASSWORD: 'leader-pass-1' });
    const code = await runCli(
      [
        'user',
        'add',
        '--db',
        file,
        '--username',
        'ana',
        '--role',
        'LEADER',
        '--clients',
        'BOOT-LINE-A,APPAREL-B',
      ],
      run.io,
    );
    expect(run.stderr()).toBe('');
    expect(code).toBe(0);
    expect(run.stdout()).toBe('Added LEADER ana (USR-001).\n');
    const { users, access, audit } = readUsers();
    expect(users).toHaveLength(1);
    expect(users[0]?.password_hash).not.toContain('leader-pass-1');
    expect(await verifyPassword('leader-pass-1', users[0]?.password_hash ?? '')).toBe(true);
    expect(access).toEqual([
      { user_id: 'USR-001', client_id: 'APPAREL-B' },
      { user_id: 'USR-001', client_id: 'BOOT-LINE-A' },
    ]);
    expect(audit).toHaveLength(1);
    expect(audit[0]?.after_json).not.toContain('password_hash');
  });

  it('asks for the password on a terminal when KPI_PASSWORD is not set', async () => {
    const run = recordingIo({}, 'typed-secret-1');
    expect(await runCli(['user', 'add', '--db', file, '--username', 'root', '--role', 'admin'], run.io)).toBe(
      0,
    );
    const { users } = readUsers();
    expect(users[0]?.role).toBe('ADMIN');
    expect(await verifyPassword('typed-secret-1', users[0]?.password_hash ?? '')).toBe(true);
  });

  it('refuses a wrong role, a missing password, a weak password and a bad client list, writing nothing', async () => {
    const cases: [string[], Record<string, string>, string][] = [
      [
        ['--username', 'bob', '--role', 'BOSS'],
        { KPI_PASSWORD: 'long-enough-1' },
        '--role must be one of ADMIN, POWERUSER, LEADER, OPERATOR (got "BOSS")',
      ],
      [
        ['--username', 'bob', '--role', 'ADMIN'],
        {},
        'no password: set KPI_PASSWORD, or run in a terminal to be asked for one',
      ],
      [
        ['--username', 'bob', '--role', 'ADMIN'],
        { KPI_PASSWORD: 'short' },
        'password: must be at least 8 characters',
      ],
      [
        ['--username', 'bob', '--role', 'OPERATOR', '--clients', 'BOOT-LINE-A,APPAREL-B'],
        { KPI_PASSWORD: 'long-enough-1' },
        'an OPERATOR works for exactly one client',
      ],
      [
        ['--username', 'bob', '--role', 'LEADER', '--clients', 'NOPE'],
        { KPI_PASSWORD: 'long-enough-1' },
        'NOPE is not a known client',
      ],
      [['--role', 'ADMIN'], { KPI_PASSWORD: 'long-enough-1' }, '--username is required'],
      [
        ['--username', 'bob smith', '--role', 'ADMIN'],
        { KPI_PASSWORD: 'long-enough-1' },
        'username: must use letters, digits, . _ - and no spaces',
      ],
      [
        ['--username', 'bo', '--role', 'ADMIN'],
        { KPI_PASSWORD: 'long-enough-1' },
        'username: must be at least 3 characters',
      ],
      [
        ['--username', 'bob', '--email', 'bob-at-plant', '--role', 'ADMIN'],
        { KPI_PASSWORD: 'long-enough-1' },
        'email: must be an email address',
      ],
    ];
    for (const [args, env, message] of cases) {
      const run = recordingIo(env);
      expect(await runCli(['user', 'add', '--db', file, ...args], run.io)).toBe(2);
      expect(run.stderr()).toContain(message);
      expect(run.stdout()).toBe('');
    }
    expect(readUsers().users).toHaveLength(0);
  });

  it('says in Spanish what a username must be', async () => {
    const run = recordingIo({ KPI_PASSWORD: 'long-enough-1' });
    const args = ['--lang', 'es', 'user', 'add', '--db', file, '--username', 'bob smith', '--role', 'ADMIN'];
    expect(await runCli(args, run.io)).toBe(2);
    expect(run.stderr()).toContain('username: solo puede llevar letras, dígitos, . _ - y ningún espacio');
    const short = recordingIo({ KPI_PASSWORD: 'long-enough-1' });
    expect(await runCli([...args.slice(0, -4), '--username', 'bo', '--role', 'ADMIN'], short.io)).toBe(2);
    expect(short.stderr()).toMatch(/username: .*3/);
    expect(short.stderr()).not.toContain('must be');
    expect(readUsers().users).toHaveLength(0);
  });

  it('refuses a second user with the same username, whatever its case', async () => {
    const env = { KPI_PASSWORD: 'long-enough-1' };
    expect(
      await runCli(
        ['user', 'add', '--db', file, '--username', 'ana', '--role', 'ADMIN'],
        recordingIo(env).io,
      ),
    ).toBe(0);
    const again = recordingIo(env);
    expect(
      await runCli(['user', 'add', '--db', file, '--username', 'ANA', '--role', 'ADMIN'], again.io),
    ).toBe(2);
    expect(again.stderr()).toContain('already exists');
    expect(readUsers().users).toHaveLength(1);
  });
});
