import { relative, resolve, sep } from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { locateAppResources } from '../../resources/app-resources';

/** The family name report text and charts use (svg-charts.ts names it in every text node). */
export const REPORT_FONT = 'DejaVu';

let ready = false;

/** True when `path` lies inside `folder` (no `..` way out). */
export function isInside(folder: string, path: string): boolean {
  const rel = relative(resolve(folder), resolve(path));
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !resolve(path).startsWith('\\\\');
}

/**
 * pdfmake, set up once per thread: the DejaVu fonts of resources/fonts, no URL ever fetched, and
 * no local file read but the fonts folder's. A report's text comes from the plant's data (a reason
 * named "C:\secrets" or "https://…" is printed, never opened).
 */
function engine(): typeof pdfmake {
  if (ready) return pdfmake;
  const { fonts } = locateAppResources({ fromDir: __dirname });
  const folder = resolve(fonts.regular, '..');
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => isInside(folder, path));
  pdfmake.setFonts({
    [REPORT_FONT]: {
      normal: fonts.regular,
      bold: fonts.bold,
      italics: fonts.regular,
      bolditalics: fonts.bold,
    },
  });
  ready = true;
  return pdfmake;
}

/** Lays out and writes a PDF; resolves to its bytes. */
export async function writePdf(definition: TDocumentDefinitions): Promise<Uint8Array> {
  const buffer = await engine().createPdf(definition).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
