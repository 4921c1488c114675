import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../src-shared/contract';
import type { ReportFile } from '../../src-shared/contract/reports';
import { saveReportAnswer } from './desktop-save';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fk-save-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const answer: Result<ReportFile> = {
  ok: true,
  data: {
    filename: 'daily-report-A-2026-03-02.pdf',
    mediaType: 'application/pdf',
    size: 9,
    delivery: 'content',
    content: Buffer.from('%PDF-test').toString('base64'),
    savedTo: null,
  },
};

describe('the desktop shell saving a report', () => {
  it('writes the bytes where the person chose and tells the window only the path', async () => {
    const path = join(dir, 'mine.pdf');
    const saved = await saveReportAnswer(answer, async () => path);
    expect(saved).toEqual({
      ok: true,
      data: expect.objectContaining({ delivery: 'saved', savedTo: path, content: null }),
    });
    expect(readFileSync(path, 'utf8')).toBe('%PDF-test');
    expect(readdirSync(dir)).toEqual(['mine.pdf']);
  });

  it('says the person cancelled, and writes nothing', async () => {
    const saved = await saveReportAnswer(answer, async () => null);
    expect(saved.ok && saved.data.delivery).toBe('cancelled');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('answers in words when the folder cannot be written, and passes the core’s refusals on', async () => {
    const saved = await saveReportAnswer(answer, async () => join(dir, 'missing', 'x.pdf'));
    expect(saved.ok).toBe(false);
    if (!saved.ok) expect(saved.error.message).toContain('could not be saved to');
    const refused = {
      ok: false as const,
      error: { code: 'FORBIDDEN' as const, message: 'Client X is not one of your clients.' },
    };
    expect(await saveReportAnswer(refused, async () => join(dir, 'never.pdf'))).toBe(refused);
    expect(readdirSync(dir)).toEqual([]);
  });
});
