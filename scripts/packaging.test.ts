import { execFile } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { extractFile, listPackage, statFile } from '@electron/asar';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locateAppResources, missingResources } from '../src-main/resources/app-resources';

// Proves the installer configuration offline: electron-builder packs `--linux dir` from
// electron-builder.yml with a stub in place of Electron's binary (which cannot be downloaded
// here), then the package is inspected. Network use would fail: the proxy points at a closed port.

const run = promisify(execFile);
const root = resolve(__dirname, '..');
const rootPackage = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  version: string;
  devDependencies: Record<string, string>;
};
const BUNDLE = [
  'out/main/index.js',
  'out/main/core-worker.js',
  'out/preload/index.js',
  'out/renderer/index.html',
];
const NATIVE = `better-sqlite3/prebuilds/linux-x64.node`;

let work = '';
let appDir = '';
let asarPath = '';
let entries: string[] = [];

/** `name@version` of every package the lockfile installs for production (dev-only ones excluded). */
function productionPackages(): Set<string> {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { dev?: boolean; version?: string }>;
  };
  const names = new Set<string>();
  for (const [path, meta] of Object.entries(lock.packages)) {
    const at = path.lastIndexOf('node_modules/');
    if (at < 0 || meta.dev === true) continue;
    names.add(`${path.slice(at + 'node_modules/'.length)}@${meta.version}`);
  }
  return names;
}

beforeAll(async () => {
  // The bundle is the input; build it only when absent, so a concurrent run never rewrites it.
  if (!BUNDLE.every((file) => existsSync(join(root, file)))) {
    await run(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
      cwd: root,
    });
  }
  work = mkdtempSync(join(tmpdir(), 'floorkpi-package-'));
  const stub = join(work, 'electron-stub');
  mkdirSync(join(stub, 'locales'), { recursive: true });
  writeFileSync(
    join(stub, 'electron'),
    '#!/bin/sh\necho "stub: Electron is not available here" >&2\nexit 1\n',
  );
  chmodSync(join(stub, 'electron'), 0o755);
  writeFileSync(join(stub, 'locales', 'en-US.pak'), '');
  writeFileSync(join(stub, 'LICENSE'), 'stub');

  const closed = 'http://127.0.0.1:9';
  await run(
    process.execPath,
    [
      join(root, 'node_modules/electron-builder/cli.js'),
      '--linux',
      'dir',
      '--x64',
      '--publish',
      'never',
      `-c.electronDist=${stub}`,
      '-c.npmRebuild=false',
      `-c.directories.output=${join(work, 'dist')}`,
    ],
    {
      cwd: root,
      timeout: 150_000,
      maxBuffer: 16 * 1024 * 1024,
      env: {
        ...process.env,
        ELECTRON_BUILDER_OFFLINE: 'true',
        ELECTRON_BUILDER_CACHE: join(work, 'cache'),
        NO_UPDATE_NOTIFIER: '1',
        CSC_IDENTITY_AUTO_DISCOVERY: 'false',
        HTTP_PROXY: closed,
        HTTPS_PROXY: closed,
        http_proxy: closed,
        https_proxy: closed,
        GH_TOKEN: '',
        GITHUB_TOKEN: '',
      },
    },
  );
  appDir = join(work, 'dist', 'linux-unpacked');
  asarPath = join(appDir, 'resources', 'app.asar');
  entries = listPackage(asarPath, { isPack: false }).map((entry) => entry.replaceAll('\\', '/'));
}, 180_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packaged app (electron-builder --linux dir, offline)', () => {
  it('holds the built bundle and a package.json that points at it, with the project version', () => {
    for (const file of BUNDLE) expect(entries, file).toContain(`/${file}`);
    const packed = JSON.parse(extractFile(asarPath, 'package.json').toString('utf8')) as Record<
      string,
      unknown
    >;
    expect(packed.version).toBe(rootPackage.version);
    // Electron names the user-data folder (database, backups, update settings) after productName.
    expect(packed.productName).toBe('FloorKPI');
    expect(packed.main).toBe('out/main/index.js');
    expect(packed.devDependencies).toBeUndefined();
  });

  it('renames the stub executable to the product and keeps only the target’s native binary, unpacked', () => {
    expect(existsSync(join(appDir, 'floorkpi'))).toBe(true);
    const unpacked = join(appDir, 'resources', 'app.asar.unpacked', 'node_modules');
    expect(existsSync(join(unpacked, NATIVE))).toBe(true);
    expect(statFile(asarPath, `node_modules/${NATIVE}`)).toMatchObject({ unpacked: true });
    expect(readdirSync(join(unpacked, 'better-sqlite3', 'prebuilds'))).toEqual(['linux-x64.node']);
    const nativeFiles = entries.filter((entry) => entry.endsWith('.node'));
    expect(nativeFiles).toEqual([`/node_modules/${NATIVE}`]);
    // The C sources and build scripts stay out.
    expect(entries.filter((e) => /better-sqlite3\/(deps|src|build)\//.test(e))).toEqual([]);
  });

  it('leaves out sources, tests, bench, e2e, docs, scripts, source maps and node_modules/.bin', () => {
    const forbidden = entries.filter(
      (entry) =>
        /^\/(src-[^/]+|e2e|bench|docs|scripts|resources|test-results|\.ci)(\/|$)/.test(entry) ||
        /\/node_modules\/\.bin(\/|$)/.test(entry) ||
        /\.(map|ts|tsx)$/.test(entry) ||
        /\.test\.[cm]?js$/.test(entry),
    );
    expect(forbidden).toEqual([]);
  });

  it('carries only production packages: no devDependency, nothing only they need', () => {
    const production = productionPackages();
    const packed = entries
      .map((entry) => /^\/node_modules\/((?:@[^/]+\/)?[^/]+)\/package\.json$/.exec(entry)?.[1])
      .filter((name): name is string => name !== undefined)
      .map((name) => {
        const meta = JSON.parse(extractFile(asarPath, `node_modules/${name}/package.json`).toString('utf8'));
        return `${name}@${(meta as { version: string }).version}`;
      });
    expect(packed.length).toBeGreaterThan(5);
    expect(packed.filter((pkg) => !production.has(pkg))).toEqual([]);
    const names = new Set(packed.map((pkg) => pkg.slice(0, pkg.lastIndexOf('@'))));
    for (const name of Object.keys(rootPackage.devDependencies)) expect(names.has(name), name).toBe(false);
    for (const name of ['better-sqlite3', 'kysely', 'zod', 'electron-updater', 'pdfmake', 'exceljs'])
      expect(names.has(name), name).toBe(true);
  });

  it('configures the update feed (the plant hub) beside the archive, with the configured URL', () => {
    const builderConfig = load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as {
      publish: { provider: string; url: string };
    };
    const updateConfig = load(readFileSync(join(appDir, 'resources', 'app-update.yml'), 'utf8'));
    expect(updateConfig).toMatchObject({ provider: 'generic', url: builderConfig.publish.url });
    expect(builderConfig.publish.url).toMatch(/^https?:\/\/[^/]+\/updates\/$/);
  });

  it('puts the run-time files outside the archive, where the app looks for them', () => {
    const resources = locateAppResources({ fromDir: join(asarPath, 'out', 'main') });
    expect(resources.mode).toBe('packaged');
    expect(resources.root).toBe(join(appDir, 'resources'));
    expect(missingResources(resources)).toEqual([]);
    const templates = readdirSync(resources.defectTemplatesDir).sort();
    expect(templates).toEqual(readdirSync(join(root, 'docs', 'spec', 'defect-types')).sort());
    expect(entries.filter((entry) => entry.endsWith('.ttf'))).toEqual([]);
  });
});
