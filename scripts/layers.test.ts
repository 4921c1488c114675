import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  codeOnly,
  importCycles,
  isNodeBuiltin,
  isTestCode,
  packageOf,
  parseSource,
  readSources,
  type SourceFile,
} from './import-graph.test-support';

// The layers of README's "How it is built", checked over the import graph of every source file.
// The per-layer tsconfigs refuse the wrong globals' types; this refuses the wrong imports (a type
// import of src-main would pass a type check but still tie the window to the database layer).

const ROOT = resolve(__dirname, '..');
const LAYERS = ['src-main', 'src-renderer', 'src-shared', 'src-hub'] as const;

/** Packages only a Node process (or Electron's main side) can load. */
const PLATFORM_PACKAGES = new Set([
  'electron',
  'electron-updater',
  'better-sqlite3',
  'pg',
  '@electric-sql/pglite',
  'fastify',
  'pdfmake',
  'exceljs',
]);
/** Packages of the window. */
const UI_PACKAGES = new Set(['react', 'react-dom', 'zustand', 'recharts']);
/** Globals of one platform; src-shared must run in the window, the core and the hub alike. */
const PLATFORM_GLOBALS =
  /(?<![.\w$])(window|document|navigator|localStorage|sessionStorage|location|process|Buffer|__dirname|__filename|require|global)(?![\w$:])/g;

/** Why one file's import breaks its layer's rule, or null when it may import it. */
function refusal(file: SourceFile, specifier: string, target: string | null): string | null {
  const layer = file.path.split('/')[0];
  if (layer === 'src-renderer') {
    if (target?.startsWith('src-main/') || target?.startsWith('src-hub/'))
      return 'the window reaches the core only through the contract (src-shared/contract) and the api client';
    if (isNodeBuiltin(specifier)) return 'the window has no Node modules';
    if (PLATFORM_PACKAGES.has(packageOf(specifier))) return 'a Node or Electron package in the window';
  }
  if (layer === 'src-shared') {
    if (target !== null && !target.startsWith('src-shared/'))
      return 'src-shared imports nothing outside itself: every layer imports it';
    if (isNodeBuiltin(specifier)) return 'src-shared runs in the window too: no Node modules';
    const pkg = packageOf(specifier);
    if (PLATFORM_PACKAGES.has(pkg) || UI_PACKAGES.has(pkg))
      return 'src-shared is pure TypeScript: no platform or UI package';
  }
  if (!isTestCode(file.path) && target !== null && isTestCode(target))
    return 'test support is for tests: the app bundle must not include it';
  return null;
}

/** Every broken rule of the given files, one line each: `file → import: why`. */
function violations(files: readonly SourceFile[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    if (isTestCode(file.path)) continue;
    for (const { specifier, target } of file.imports) {
      const why = refusal(file, specifier, target);
      if (why) found.push(`${file.path} → ${specifier}: ${why}`);
    }
    if (file.path.startsWith('src-shared/')) {
      for (const match of file.code.matchAll(PLATFORM_GLOBALS)) {
        const line = file.code.slice(0, match.index).split('\n').length;
        found.push(`${file.path}:${line} uses ${match[1]}: src-shared must not touch a platform's globals`);
      }
    }
  }
  return found;
}

const files = readSources(ROOT, LAYERS);

/** Files of the layers that only tests, e2e, bench or scripts import: test support by another name. */
function testOnlyModules(all: readonly SourceFile[]): string[] {
  const importers = new Map<string, string[]>();
  for (const file of all)
    for (const { target } of file.imports)
      if (target !== null) importers.set(target, [...(importers.get(target) ?? []), file.path]);
  const isAppFile = (path: string) =>
    LAYERS.some((layer) => path.startsWith(`${layer}/`)) && !isTestCode(path);
  return all
    .filter((file) => isAppFile(file.path))
    .filter((file) => {
      const by = importers.get(file.path) ?? [];
      return by.length > 0 && !by.some(isAppFile);
    })
    .map((file) => file.path);
}

describe('layers', () => {
  it('reads the whole tree', () => {
    for (const layer of LAYERS) expect(files.some((f) => f.path.startsWith(`${layer}/`))).toBe(true);
    expect(files.length).toBeGreaterThan(500);
  });

  it('the renderer and src-shared import only what their layer may, and no app file imports test support', () => {
    expect(violations(files)).toEqual([]);
  });

  it('a file only tests use is named *.test-support.ts, so the app build never sees it', () => {
    const withTooling = [...files, ...readSources(ROOT, ['scripts', 'bench', 'e2e'])];
    expect(testOnlyModules(withTooling)).toEqual([]);
  });

  it('no app files import each other in a circle', () => {
    expect(importCycles(files.filter((f) => !isTestCode(f.path)))).toEqual([]);
  });
});

describe('the layer rules refuse', () => {
  const file = (path: string, text: string) => parseSource(ROOT, path, text);

  it('a renderer import of the core, of Node, of Electron and of better-sqlite3', () => {
    const found = violations([
      file(
        'src-renderer/screens/x.tsx',
        [
          "import { openDatabase } from '../../src-main/db/open';",
          "import type { Core } from '../../src-main/core';",
          "import { readFileSync } from 'node:fs';",
          "import path from 'path';",
          "import { ipcRenderer } from 'electron';",
          "const db = await import('better-sqlite3');",
        ].join('\n'),
      ),
    ]);
    expect(found.map((line) => line.split(':')[0])).toEqual([
      'src-renderer/screens/x.tsx → ../../src-main/db/open',
      'src-renderer/screens/x.tsx → ../../src-main/core',
      'src-renderer/screens/x.tsx → node',
      'src-renderer/screens/x.tsx → path',
      'src-renderer/screens/x.tsx → electron',
      'src-renderer/screens/x.tsx → better-sqlite3',
    ]);
  });

  it('src-shared importing a layer, a platform or React, and using process, window or document', () => {
    const found = violations([
      file(
        'src-shared/kpi/x.ts',
        [
          "import type { Core } from '../../src-main/core';",
          "import { useState } from 'react';",
          "import { join } from 'node:path';",
          'export const here = process.cwd();',
          'export const wide = window.innerWidth + document.title.length;',
        ].join('\n'),
      ),
    ]);
    expect(found).toHaveLength(6);
    expect(
      found.filter((line) => line.includes(' uses ')).map((line) => line.split(' uses ')[1]?.split(':')[0]),
    ).toEqual(['process', 'window', 'document']);
  });

  it('but not a word in a comment, a string or a property name', () => {
    const text = [
      '// the window shows process steps',
      "const label = 'open a document';",
      // A template literal whose text says "window" around an expression.
      `const tip = \`in the $\{label} window\`;`,
      'const row = { process: 1, document: 2 };',
      'export const n = row.process + row.document + tip.length;',
    ].join('\n');
    expect(violations([file('src-shared/kpi/y.ts', text)])).toEqual([]);
    expect(codeOnly(text)).not.toMatch(/window/);
  });

  it('an app file importing test support', () => {
    const named = violations([file('src-main/kpi/x.ts', "import { seed } from '../db/db.test-support';")]);
    expect(named).toHaveLength(1);
  });

  it('a helper only tests import that is not named as test support', () => {
    const helper = file('src-main/kpi/fixture.ts', 'export const seed = 1;');
    const test = file('src-main/kpi/x.test.ts', "import { seed } from './fixture';");
    expect(testOnlyModules([helper, test])).toEqual(['src-main/kpi/fixture.ts']);
    const app = file('src-main/kpi/x.ts', "import { seed } from './fixture';");
    expect(testOnlyModules([helper, test, app])).toEqual([]);
  });

  it('a circle of imports', () => {
    const a = file('src-main/a.ts', "import type { B } from './b';");
    const b = file('src-main/b.ts', "import type { A } from './a';");
    const c = file('src-main/c.ts', "import type { A } from './a';");
    expect(importCycles([a, b, c])).toEqual([['src-main/a.ts', 'src-main/b.ts']]);
  });
});
