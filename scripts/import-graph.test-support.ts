import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';

/** One import of a file: what it wrote, and the project file it names (null for a package). */
export interface ImportEdge {
  specifier: string;
  /** Project-relative path of the imported file, or null when the specifier names a package. */
  target: string | null;
  typeOnly: boolean;
}

/** A source file of the project with its code (comments and string contents blanked) and imports. */
export interface SourceFile {
  path: string;
  /** The code without comments and with every string's contents blanked, for finding globals. */
  code: string;
  imports: ImportEdge[];
}

const SOURCE = /\.(ts|tsx|mts)$/;
const NODE_BUILTINS = new Set(builtinModules);

/** Test files (`x.test.ts`) and their helpers (`x.test-support.ts`): never built into the app. */
export function isTestCode(path: string): boolean {
  return /\.test\.(ts|tsx|mts)$|\.test-support\.(ts|tsx)$/.test(path);
}

/** True for `node:fs`, `fs`, `fs/promises`: a module only Node provides. */
export function isNodeBuiltin(specifier: string): boolean {
  return specifier.startsWith('node:') || NODE_BUILTINS.has(specifier.split('/')[0] ?? specifier);
}

/** The package a bare specifier names (`@scope/name/x` → `@scope/name`). */
export function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/**
 * Blanks comments and the contents of strings, keeping every line where it was, so that what
 * remains is code: a word in a message or a comment is not a use of `window` or `process`.
 * Template literals keep their `${…}` expressions. Quoted import specifiers are read before this.
 */
export function codeOnly(text: string): string {
  let out = '';
  let i = 0;
  // Brace depths at which an enclosing template literal resumes (a `${` opens one level).
  const templates: number[] = [];
  let depth = 0;
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  const inTemplate = () => {
    // Copies template text (blanked) up to its end or the next `${`.
    let j = i;
    while (j < text.length && text[j] !== '`' && !(text[j] === '$' && text[j + 1] === '{')) {
      j += text[j] === '\\' ? 2 : 1;
    }
    out += blank(text.slice(i, j));
    if (text[j] === '`') {
      out += '`';
      i = j + 1;
    } else if (j < text.length) {
      out += '${';
      i = j + 2;
      templates.push(depth);
      depth += 1;
    } else i = j;
  };
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    if (c === '/' && next === '/') {
      const end = text.indexOf('\n', i);
      const stop = end === -1 ? text.length : end;
      out += blank(text.slice(i, stop));
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end === -1 ? text.length : end + 2;
      out += blank(text.slice(i, stop));
      i = stop;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== c && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      out += `${c}${blank(text.slice(i + 1, j))}${c}`;
      i = j + 1;
    } else if (c === '`') {
      out += '`';
      i += 1;
      inTemplate();
    } else if (c === '{') {
      depth += 1;
      out += c;
      i += 1;
    } else if (c === '}') {
      depth -= 1;
      out += c;
      i += 1;
      if (templates.length > 0 && templates[templates.length - 1] === depth) {
        templates.pop();
        inTemplate();
      }
    } else {
      out += c;
      i += 1;
    }
  }
  return out;
}

const IMPORT_PATTERNS = [
  // import … from 'x'; export … from 'x' (also `import type`)
  /(?:^|[\s;])(import|export)\s+(type\s+)?[^;'"]*?\sfrom\s*['"]([^'"]+)['"]/g,
  // import 'x' (side effects only)
  /(?:^|[\s;])(import)()\s*['"]([^'"]+)['"]/g,
  // import('x'), require('x')
  /(?:^|[^\w$.])(import|require)()\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
];

function withoutCommentsOnly(text: string): string {
  // Comments blanked but strings kept, so the specifiers can still be read.
  return text.replace(/\/\*[\s\S]*?\*\/|(^|[^:'"\\])\/\/[^\n]*/g, (m, lead: string | undefined) =>
    lead === undefined ? m.replace(/[^\n]/g, ' ') : lead + ' '.repeat(m.length - lead.length),
  );
}

function resolveTarget(root: string, from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(root, dirname(from), specifier);
  const candidates = [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    `${base}.mts`,
    `${base}.d.ts`,
    join(base, 'index.ts'),
    join(base, 'index.tsx'),
  ];
  // A file not on disk (a test's made-up source) is named as TypeScript would look for it first.
  const found =
    candidates.find((c) => existsSync(c) && statSync(c).isFile()) ??
    (/\.\w+$/.test(base) ? base : `${base}.ts`);
  return relative(root, found).split('\\').join('/');
}

/** Reads the imports of one file's text; `path` is project-relative. */
export function parseSource(root: string, path: string, text: string): SourceFile {
  const code = withoutCommentsOnly(text);
  const imports: ImportEdge[] = [];
  for (const pattern of IMPORT_PATTERNS) {
    for (const match of code.matchAll(pattern)) {
      const specifier = match[3] ?? '';
      imports.push({ specifier, target: resolveTarget(root, path, specifier), typeOnly: Boolean(match[2]) });
    }
  }
  return { path, code: codeOnly(text), imports };
}

function walk(root: string, folder: string, into: string[]): void {
  for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory()) walk(root, path, into);
    else if (SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts')) into.push(path);
  }
}

/** Every TypeScript source file under the given top folders, with its imports. */
export function readSources(root: string, folders: readonly string[]): SourceFile[] {
  const paths: string[] = [];
  for (const folder of folders) walk(root, folder, paths);
  return paths.sort().map((path) => parseSource(root, path, readFileSync(join(root, path), 'utf8')));
}

/** The groups of files that import each other in a circle (Tarjan's strongly connected components). */
export function importCycles(files: readonly SourceFile[]): string[][] {
  const edges = new Map(
    files.map((f) => [f.path, f.imports.flatMap((i) => (i.target === null ? [] : [i.target]))]),
  );
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let counter = 0;
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter);
    counter += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!edges.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      for (;;) {
        const w = stack.pop();
        if (w === undefined) break;
        onStack.delete(w);
        group.push(w);
        if (w === v) break;
      }
      if (group.length > 1) cycles.push(group.sort());
    }
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return cycles;
}
