#!/usr/bin/env node
// `npm start`: rebuild when the sources are newer than the bundle, then run the desktop app if
// Electron's binary is present, else the loopback browser host (which prints its URL).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const OUTPUTS = [
  'out/main/index.js',
  'out/main/core-worker.js',
  'out/main/browser-host.js',
  'out/main/kpi-worker.js',
  'out/main/maintenance-worker.js',
  'out/preload/index.js',
  'out/renderer/index.html',
];
const SOURCES = ['src-main', 'src-renderer', 'src-shared', 'electron.vite.config.ts', 'package.json'];

/** Newest modification time (ms) of a file or of any file under a folder; tests are not bundled. */
function newestMtime(path) {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (!stats) return 0;
  if (!stats.isDirectory()) return /\.test\.tsx?$/.test(path) ? 0 : stats.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function needsBuild() {
  const outputs = OUTPUTS.map((file) => statSync(join(root, file), { throwIfNoEntry: false }));
  if (outputs.some((stats) => !stats)) return true;
  const oldestOutput = Math.min(...outputs.map((stats) => stats.mtimeMs));
  return Math.max(...SOURCES.map((source) => newestMtime(join(root, source)))) > oldestOutput;
}

/**
 * The Electron binary's path if it is already downloaded. Electron 45 fetches its binary lazily
 * and `require('electron')` starts that download, so this reads the package's path.txt instead.
 */
function installedElectron() {
  let packageDir;
  try {
    packageDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(packageDir, 'dist');
  const binary = join(distDir, relative);
  return existsSync(binary) ? binary : null;
}

/** Downloads Electron's binary on request (FLOORKPI_HOST=electron); null if that fails. */
function downloadElectron() {
  const installer = join(dirname(require.resolve('electron/package.json')), 'install.js');
  const result = spawnSync(process.execPath, [installer], { stdio: 'inherit', cwd: root });
  return result.status === 0 ? installedElectron() : null;
}

function run(command, args) {
  // The dev-time variable would make Electron behave as plain Node.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    });
  }
  child.on('error', (error) => {
    console.error(`Could not start ${command}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal === 'SIGINT' ? 130 : 143)));
}

const args = process.argv.slice(2);
const wanted = process.env.FLOORKPI_HOST; // 'electron', 'browser' or unset (= whatever is available)
if (wanted && wanted !== 'electron' && wanted !== 'browser') {
  console.error(`FLOORKPI_HOST must be "electron" or "browser", not "${wanted}".`);
  process.exit(2);
}

if (needsBuild()) {
  console.error('Building FloorKPI…');
  const build = spawnSync(
    process.execPath,
    [join(dirname(require.resolve('electron-vite/package.json')), 'bin/electron-vite.js'), 'build'],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  if (build.status !== 0) {
    console.error('The build failed; see the messages above.');
    process.exit(build.status ?? 1);
  }
}

let electron = wanted === 'browser' ? null : installedElectron();
if (!electron && wanted === 'electron') electron = downloadElectron();
if (wanted === 'electron' && !electron) {
  console.error(
    'Electron could not be installed; run with FLOORKPI_HOST=browser to use the browser instead.',
  );
  process.exit(1);
}

if (electron) {
  run(electron, [root, ...args]);
} else {
  if (!wanted)
    console.error(
      'Electron is not downloaded here, so FloorKPI runs in your browser (FLOORKPI_HOST=electron downloads it).',
    );
  run(process.execPath, [join(root, 'out/main/browser-host.js'), ...args]);
}
