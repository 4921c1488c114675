import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Core, createCore } from '../core';

/** What the footer and the update check show must be the version the installer was built as. */

let core: Core | null = null;
afterEach(async () => {
  await core?.close();
  core = null;
});

describe('system.info', () => {
  it("answers package.json's version, the one electron-builder stamps on the installer", async () => {
    const pkg: unknown = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8'));
    const expected = typeof pkg === 'object' && pkg !== null && 'version' in pkg ? pkg.version : null;
    core = createCore({ dbPath: ':memory:', host: 'test' });
    const answer = await core.dispatch('window', 'system.info', {});
    expect(answer).toMatchObject({ ok: true, data: { appName: 'FloorKPI', version: expected } });
  });
});
