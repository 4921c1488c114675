#!/usr/bin/env node
// Regenerates every picture and font under resources/ from the SVGs in resources/artwork and
// Debian's DejaVu fonts: `npm run artwork`. The outputs are committed, so a build machine needs
// none of these tools; run this only after changing an SVG.
//
// Needs (Debian): librsvg2-bin (rsvg-convert), imagemagick (convert), fonts-dejavu-core.
// The result is byte-for-byte the same on every run: rsvg-convert writes no time stamps, the
// ICNS container is written here, and ImageMagick is told to drop its date chunks.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const artwork = join(here, 'artwork');
const DEJAVU_DIR = '/usr/share/fonts/truetype/dejavu';
const DEJAVU_COPYRIGHT = '/usr/share/doc/fonts-dejavu-core/copyright';
// ImageMagick 6 is `convert`; /usr/bin first so a wrapper earlier on PATH is not used.
const CONVERT = ['/usr/bin/convert', 'convert'].find((bin) => run(bin, ['-version'], true)) ?? 'convert';

function run(command, args, probe = false) {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (probe) return result.status === 0;
  if (result.status !== 0) {
    const why = result.error ? result.error.message : result.stderr;
    throw new Error(`${command} ${args.join(' ')} failed: ${why}`);
  }
  return true;
}

function requireTools() {
  const missing = [];
  if (!run('rsvg-convert', ['--version'], true)) missing.push('librsvg2-bin');
  if (!run(CONVERT, ['-version'], true)) missing.push('imagemagick');
  if (!run('test', ['-f', join(DEJAVU_DIR, 'DejaVuSans.ttf')], true)) missing.push('fonts-dejavu-core');
  if (missing.length > 0) {
    console.error(`Install first: apt-get install ${missing.join(' ')}`);
    process.exit(2);
  }
}

/** Renders an SVG to a PNG of exactly `size` × `size` (or its own size when omitted). */
function renderPng(svg, out, size) {
  const dims = size ? ['-w', String(size), '-h', String(size)] : [];
  run('rsvg-convert', [...dims, '-o', out, svg]);
}

/** Apple's icon container: a header, then (type, length, PNG bytes) records. */
function writeIcns(out, entries) {
  const chunks = entries.map(({ type, png }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const body = Buffer.concat(chunks);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(body.length + 8, 4);
  writeFileSync(out, Buffer.concat([head, body]));
}

/** NSIS wants uncompressed 24-bit BMPs without alpha; white is behind any transparency. */
function writeBmp(png, out) {
  run(CONVERT, [
    png,
    '-background',
    'white',
    '-flatten',
    '-alpha',
    'off',
    '-type',
    'TrueColor',
    `BMP3:${out}`,
  ]);
}

function main() {
  requireTools();
  const work = mkdtempSync(join(tmpdir(), 'floorkpi-artwork-'));
  try {
    const icon = join(artwork, 'icon.svg');
    const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
    const png = {};
    for (const size of sizes) {
      png[size] = join(work, `${size}.png`);
      renderPng(icon, png[size], size);
    }

    // Linux (deb, AppImage) takes a folder of NxN.png; electron-builder and the window use icon.png.
    const iconsDir = join(here, 'icons');
    mkdirSync(iconsDir, { recursive: true });
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512]) {
      copyFileSync(png[size], join(iconsDir, `${size}x${size}.png`));
    }
    copyFileSync(png[512], join(here, 'icon.png'));

    // Windows: small sizes as bitmaps, 256 as PNG (what Explorer and NSIS both read).
    run(CONVERT, [
      ...[16, 24, 32, 48, 64, 128, 256].map((size) => png[size]),
      '-define',
      'png:exclude-chunks=date,time',
      join(here, 'icon.ico'),
    ]);

    const read = (size) => readFileSync(png[size]);
    writeIcns(join(here, 'icon.icns'), [
      { type: 'icp4', png: read(16) },
      { type: 'icp5', png: read(32) },
      { type: 'icp6', png: read(64) },
      { type: 'ic07', png: read(128) },
      { type: 'ic08', png: read(256) },
      { type: 'ic09', png: read(512) },
      { type: 'ic10', png: read(1024) },
      { type: 'ic11', png: read(32) },
      { type: 'ic12', png: read(64) },
      { type: 'ic13', png: read(256) },
      { type: 'ic14', png: read(512) },
    ]);

    const installerDir = join(here, 'installer');
    mkdirSync(installerDir, { recursive: true });
    for (const name of ['sidebar', 'header']) {
      const out = join(work, `${name}.png`);
      renderPng(join(artwork, `installer-${name}.svg`), out);
      writeBmp(out, join(installerDir, `${name}.bmp`));
    }

    // Reports embed a real TrueType file (PDF writers need one on disk), with its licence beside it.
    const fontsDir = join(here, 'fonts');
    mkdirSync(fontsDir, { recursive: true });
    for (const font of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf']) {
      copyFileSync(join(DEJAVU_DIR, font), join(fontsDir, font));
    }
    copyFileSync(DEJAVU_COPYRIGHT, join(fontsDir, 'LICENSE-DejaVu.txt'));
    console.log('resources/: icon.png, icon.ico, icon.icns, icons/, installer/*.bmp, fonts/ written');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
