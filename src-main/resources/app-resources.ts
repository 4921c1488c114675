import { existsSync } from 'node:fs';
import { dirname, join, parse, sep } from 'node:path';

/**
 * The files FloorKPI reads at run time besides its code: report fonts, the industry defect
 * templates, the window icon and the licence. Packaged, they sit in the installed app's
 * `resources/` folder outside app.asar (electron-builder's extraResources), because PDF writers
 * and file dialogs need real files; from a checkout they are read where the repository keeps them.
 */
export interface AppResources {
  /** `packaged`: an installed app (Electron, or Electron as Node for the browser host); `source`: a checkout. */
  mode: 'packaged' | 'source';
  /** The folder holding the run-time files (the installed `resources/`, or the repository's). */
  root: string;
  fonts: { regular: string; bold: string; licence: string };
  /** `*_template.csv`, one per industry. */
  defectTemplatesDir: string;
  iconPng: string;
  licence: string;
}

export interface LocateOptions {
  /** The folder of the running bundle or module (`__dirname`). */
  fromDir: string;
  /** Electron's `process.resourcesPath`, passed only when `app.isPackaged`. */
  packagedResourcesPath?: string;
}

const ASAR_SEGMENT = `${sep}app.asar${sep}`;
const MAX_LEVELS_UP = 6;

function packagedLayout(root: string): AppResources {
  return {
    mode: 'packaged',
    root,
    fonts: {
      regular: join(root, 'fonts', 'DejaVuSans.ttf'),
      bold: join(root, 'fonts', 'DejaVuSans-Bold.ttf'),
      licence: join(root, 'fonts', 'LICENSE-DejaVu.txt'),
    },
    defectTemplatesDir: join(root, 'defect-types'),
    iconPng: join(root, 'icon.png'),
    licence: join(root, 'LICENSE.txt'),
  };
}

function sourceLayout(repo: string): AppResources {
  const root = join(repo, 'resources');
  return {
    mode: 'source',
    root,
    fonts: {
      regular: join(root, 'fonts', 'DejaVuSans.ttf'),
      bold: join(root, 'fonts', 'DejaVuSans-Bold.ttf'),
      licence: join(root, 'fonts', 'LICENSE-DejaVu.txt'),
    },
    defectTemplatesDir: join(repo, 'docs', 'spec', 'defect-types'),
    iconPng: join(root, 'icon.png'),
    licence: join(root, 'LICENSE.txt'),
  };
}

/** The repository root above `dir`: the first folder with both package.json and resources/icon.png. */
function findRepository(dir: string): string | null {
  let current = dir;
  for (let level = 0; level <= MAX_LEVELS_UP; level += 1) {
    if (existsSync(join(current, 'package.json')) && existsSync(join(current, 'resources', 'icon.png'))) {
      return current;
    }
    const up = dirname(current);
    if (up === current || current === parse(current).root) return null;
    current = up;
  }
  return null;
}

/**
 * Finds the run-time files for the code running in `fromDir`: in the installed app when Electron
 * says it is packaged or the code runs from inside app.asar (the browser host started by the
 * installed Electron as Node), otherwise in the repository above `fromDir` (dev, tests, the
 * browser host of `npm start`, bundled in out/main or run from src-main by tsx).
 */
export function locateAppResources(options: LocateOptions): AppResources {
  if (options.packagedResourcesPath) return packagedLayout(options.packagedResourcesPath);
  const withSep = options.fromDir.endsWith(sep) ? options.fromDir : options.fromDir + sep;
  const asarAt = withSep.indexOf(ASAR_SEGMENT);
  if (asarAt >= 0) return packagedLayout(withSep.slice(0, asarAt));
  const repo = findRepository(options.fromDir);
  if (!repo) {
    throw new Error(
      `FloorKPI cannot find its resources folder above ${options.fromDir}: reinstall, or run from a full checkout.`,
    );
  }
  return sourceLayout(repo);
}

/** The run-time files that are missing (empty when the installation is whole). */
export function missingResources(resources: AppResources): string[] {
  const files = [
    resources.fonts.regular,
    resources.fonts.bold,
    resources.fonts.licence,
    resources.iconPng,
    resources.licence,
    join(resources.defectTemplatesDir, 'textile_apparel_template.csv'),
  ];
  return files.filter((file) => !existsSync(file));
}
