import { rename, rm, writeFile } from 'node:fs/promises';
import type { Result } from '../../src-shared/contract';
import type { ReportFile } from '../../src-shared/contract/reports';

/** The channel whose answer the desktop shell saves instead of passing the bytes to the window. */
export const REPORT_CHANNEL = 'reports.generate';

/** Asks the person where to save (the shell's native save dialog); null when they cancel. */
export type AskSavePath = (filename: string, mediaType: string) => Promise<string | null>;

function isReportFile(value: unknown): value is ReportFile {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.filename === 'string' && typeof v.content === 'string' && typeof v.mediaType === 'string';
}

/** Writes under a temporary name beside the target, then renames: a half-written report never has its name. */
export async function writeFileAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, bytes, { flag: 'wx', flush: true });
    await rename(temporary, path);
  } finally {
    await rm(temporary, { force: true });
  }
}

/**
 * The desktop shell's part of "Report…": the core's answer carries the file; the shell asks where
 * to save it (the dialog asks before replacing a file, so that choice is the person's), writes it,
 * and tells the window only where it went. A failure to write is an answer in words, not a crash.
 */
export async function saveReportAnswer(
  result: Result<unknown>,
  ask: AskSavePath,
): Promise<Result<ReportFile>> {
  if (!result.ok) return result;
  if (!isReportFile(result.data) || result.data.content === null)
    return {
      ok: false,
      error: { code: 'INTERNAL', message: 'The report came back in a form this window cannot save.' },
    };
  const file = result.data;
  const path = await ask(file.filename, file.mediaType);
  if (path === null)
    return { ok: true, data: { ...file, delivery: 'cancelled', content: null, savedTo: null } };
  try {
    await writeFileAtomically(path, Buffer.from(file.content ?? '', 'base64'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: { code: 'VALIDATION', message: `The report could not be saved to ${path}: ${reason}` },
    };
  }
  return { ok: true, data: { ...file, delivery: 'saved', content: null, savedTo: path } };
}
