import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFECT_TEMPLATE_NAMES } from '../db/defect-templates';
import { locateAppResources, missingResources } from './app-resources';

const repo = resolve(__dirname, '../..');
const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('locating the run-time resources', () => {
  it('finds the repository from the sources (tsx, tests) and from the bundle in out/main', () => {
    for (const fromDir of [__dirname, join(repo, 'out', 'main'), join(repo, 'out', 'main', 'chunks')]) {
      const found = locateAppResources({ fromDir });
      expect(found.mode).toBe('source');
      expect(found.root).toBe(join(repo, 'resources'));
      expect(found.defectTemplatesDir).toBe(join(repo, 'docs', 'spec', 'defect-types'));
      expect(missingResources(found)).toEqual([]);
    }
  });

  it('has a template file for every defect template the app offers', () => {
    const found = locateAppResources({ fromDir: __dirname });
    for (const name of DEFECT_TEMPLATE_NAMES) {
      expect(existsSync(join(found.defectTemplatesDir, `${name}_template.csv`)), name).toBe(true);
    }
  });

  it('uses Electron’s resources folder when the app is packaged', () => {
    const found = locateAppResources({
      fromDir: '/ignored',
      packagedResourcesPath: '/opt/FloorKPI/resources',
    });
    expect(found).toMatchObject({
      mode: 'packaged',
      root: '/opt/FloorKPI/resources',
      defectTemplatesDir: '/opt/FloorKPI/resources/defect-types',
      iconPng: '/opt/FloorKPI/resources/icon.png',
    });
    expect(found.fonts.regular).toBe('/opt/FloorKPI/resources/fonts/DejaVuSans.ttf');
  });

  it('recognises code running from inside app.asar (the installed browser host) as packaged', () => {
    const found = locateAppResources({ fromDir: '/opt/FloorKPI/resources/app.asar/out/main' });
    expect(found.mode).toBe('packaged');
    expect(found.root).toBe('/opt/FloorKPI/resources');
  });

  it('says where it looked when there is no resources folder, and lists missing files', () => {
    const empty = mkdtempSync(join(tmpdir(), 'floorkpi-res-'));
    temps.push(empty);
    expect(() => locateAppResources({ fromDir: join(empty, 'a', 'b') })).toThrow(/cannot find its resources/);
    mkdirSync(join(empty, 'resources'), { recursive: true });
    writeFileSync(join(empty, 'package.json'), '{}');
    writeFileSync(join(empty, 'resources', 'icon.png'), '');
    const found = locateAppResources({ fromDir: empty });
    expect(missingResources(found)).toContain(join(empty, 'resources', 'fonts', 'DejaVuSans.ttf'));
    expect(missingResources(found)).not.toContain(found.iconPng);
  });
});
