import { describe, expect, it } from 'vitest';
import { recordingIo } from '../cli-io.test-support';
import { runCli } from '../run-cli';

/** The hub commands' argument errors (their work against PostgreSQL: hub-commands.pg.test.ts). */

async function cli(args: string[], env: Record<string, string> = {}) {
  const { io, stdout, stderr } = recordingIo(env);
  return { code: await runCli(args, io), stdout: stdout(), stderr: stderr() };
}

describe('hub commands', () => {
  it('need a PostgreSQL URL from --pg or FLOORKPI_HUB_PG', async () => {
    const missing = await cli(['hub', 'init']);
    expect(missing).toMatchObject({ code: 2 });
    expect(missing.stderr).toMatch(/no hub database: pass --pg URL or set FLOORKPI_HUB_PG/);
    const wrong = await cli(['hub', 'device', 'list'], { FLOORKPI_HUB_PG: '/var/lib/plant.db' });
    expect(wrong.stderr).toMatch(/--pg must be a postgres:\/\/ URL/);
  });

  it('check their options before connecting', async () => {
    const pg = { FLOORKPI_HUB_PG: 'postgres://nobody@127.0.0.1:1/none' };
    expect((await cli(['hub', 'user', 'add', '--username', 'a', '--role', 'BOSS'], pg)).stderr).toMatch(
      /--role must be one of ADMIN, POWERUSER, LEADER, OPERATOR/,
    );
    expect((await cli(['hub', 'user', 'add', '--username', 'a', '--role', 'ADMIN'], pg)).stderr).toMatch(
      /no password: set KPI_PASSWORD/,
    );
    expect((await cli(['hub', 'serve', '--port', '70000'], pg)).stderr).toMatch(/--port must be 0 to 65535/);
    expect((await cli(['hub', 'serve', '--port', '0', '--cert', 'a.crt'], pg)).stderr).toMatch(
      /--cert and --key go together/,
    );
    expect((await cli(['hub', 'serve', '--port', '0', '--updates', '/no/such/folder'], pg)).stderr).toMatch(
      /--updates: \/no\/such\/folder is not a folder/,
    );
    expect((await cli(['hub', 'prune', '--days', '0'], pg)).stderr).toMatch(/--days must be a whole number/);
  });

  it('list themselves in the overview, each with its help', async () => {
    const overview = await cli(['--help']);
    for (const words of [
      'hub init',
      'hub user add',
      'hub serve',
      'hub device list',
      'hub device revoke',
      'hub prune',
    ])
      expect(overview.stdout).toContain(words);
    const help = await cli(['hub', 'serve', '--help']);
    expect(help.stdout).toMatch(/--host HOST\s+address to listen on \(default: 127\.0\.0\.1\)/);
  });
});
