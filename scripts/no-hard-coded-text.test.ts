import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The lint rule against hard-coded text (lint/no-hard-coded-text.grit, a Biome GritQL plugin that
// biome.json applies to src-renderer) run by the project's own Biome and configuration on snippets
// whose answer is known: it must flag every English word typed into a screen and nothing else.
// `npm run lint` (the first step of `npm test`) applies the same rule to the real renderer.

const ROOT = resolve(__dirname, '..');
const BIOME = join(ROOT, 'node_modules', '.bin', 'biome');

/** Lines of a snippet that must be flagged: each carries an English word the user would read. */
const BAD = `import { useTranslation } from 'react-i18next';

export function Bad({ ok, n }: { ok: boolean; n: number }) {
  const { t } = useTranslation();
  return (
    <section aria-label="Holds">
      <h3>Hold of {n}</h3>
      <p>{ok ? t('common.yes') : 'Not recorded'}</p>
      <p>{ok && \`Row \${n}\`}</p>
      <p>{'Working…'}</p>
      <input placeholder="Type a date" title={ok ? 'Open it' : t('common.no')} />
      <img alt={\`Chart of \${n}\`} src="x.png" />
      <Field label="Resumed on" />
      <p>{ok ? t('a') : n > 1 ? 'Many' : t('b')}</p>
      <p>Año</p>
    </section>
  );
}
function Field(props: { label: string }) {
  return <span>{props.label}</span>;
}
`;
const BAD_LINES = [6, 7, 8, 9, 10, 11, 11, 12, 13, 14, 15];

/** A snippet with no words of its own: catalogue words, data, symbols, codes and the brand. */
const GOOD = `import { useTranslation } from 'react-i18next';

export function Good({ ok, n, name }: { ok: boolean; n: number; name: string }) {
  const { t } = useTranslation();
  const kind = ok ? 'ready' : 'failed';
  return (
    <section aria-labelledby="good-title" className={ok ? 'panel panel-warning' : 'panel'}>
      <h3 id="good-title">{t('title', { name })}</h3>
      <p>{kind === 'ready' && <span data-testid="order-status">{n}</span>}</p>
      <p>
        {n} · {n} % — {n} × {n} …
      </p>
      <p>FloorKPI · {name}</p>
      <input placeholder="http://plant-hub:8470" id={\`\${name}-search\`} title={t('search')} />
      <p>{ok ? t('a') : String(n)}</p>
    </section>
  );
}
`;

let dir = '';

/** The plugin's findings (line numbers) in one file of the scratch project. */
function flaggedLines(relative: string): number[] {
  const run = spawnSync(BIOME, ['lint', '--reporter=json', '--max-diagnostics=none', relative], {
    cwd: dir,
    encoding: 'utf8',
  });
  const report = JSON.parse(run.stdout) as {
    diagnostics: { category?: string; location: { start: { line: number } } }[];
  };
  return report.diagnostics
    .filter((d) => d.category === 'plugin')
    .map((d) => d.location.start.line)
    .sort((a, b) => a - b);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'floorkpi-lint-'));
  // The project's configuration as it is, its plugin found from the scratch folder.
  const config = JSON.parse(readFileSync(join(ROOT, 'biome.json'), 'utf8')) as {
    $schema?: string;
    vcs?: unknown;
    files?: unknown;
    overrides: { plugins?: string[] }[];
  };
  delete config.$schema;
  delete config.vcs;
  delete config.files;
  for (const override of config.overrides)
    if (override.plugins) override.plugins = override.plugins.map((p) => resolve(ROOT, p));
  writeFileSync(join(dir, 'biome.json'), JSON.stringify(config));
  const files: Record<string, string> = {
    'src-renderer/screens/bad/Bad.tsx': BAD,
    'src-renderer/screens/good/Good.tsx': GOOD,
    // Tests may say what they check in English; they are not screens.
    'src-renderer/screens/bad/Bad.test.tsx': BAD,
    // Only the renderer is held to it (the CLI and the core have their own catalogues).
    'src-main/bad/Bad.tsx': BAD,
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the lint rule against hard-coded text', () => {
  it('flags every English word typed into a screen: text, shown strings and read attributes', () => {
    expect(flaggedLines('src-renderer/screens/bad/Bad.tsx')).toEqual(BAD_LINES);
  });

  it('lets catalogue words, data, symbols, ids, class names, comparisons and the brand through', () => {
    expect(flaggedLines('src-renderer/screens/good/Good.tsx')).toEqual([]);
  });

  it('holds the renderer to it, not its tests nor other layers', () => {
    expect(flaggedLines('src-renderer/screens/bad/Bad.test.tsx')).toEqual([]);
    expect(flaggedLines('src-main/bad/Bad.tsx')).toEqual([]);
  });
});
