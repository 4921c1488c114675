import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KpiReport } from '../../src-shared/kpi/report';
import type { KpiKey, KpiResult } from '../../src-shared/kpi/result';
import { reportFormatter } from '../../src-shared/reports/report-format';
import { kpiNameKey, type ReportText, reportText } from '../../src-shared/reports/report-text';
import { recordingIo } from '../cli/cli-io.test-support';
import { runCli } from '../cli/run-cli';
import { pdfText, readWorkbook, sheetRows } from './report.test-support';
import { SHIFT_KPIS } from './shift-kpis';

// Content, not signatures: every KPI value printed in a report's PDF and written in its workbook
// equals `kpi --json` for the same scope, in English and in Spanish (two locales: es-MX writes
// 85.50, es-CR 85,50).

let dir: string;
let db: string;
const NOW = '2026-06-30';
const CLIENT = 'BOOT-LINE-A';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fk-report-'));
  db = join(dir, 'demo.db');
  expect(await runCli(['init', '--db', db], recordingIo().io)).toBe(0);
  expect(await runCli(['seed', '--db', db, '--demo', '--seed', '3', '--now', NOW], recordingIo().io)).toBe(0);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[]) {
  const run = recordingIo();
  const code = await runCli(args, run.io);
  return { code, stdout: run.stdout(), stderr: run.stderr() };
}

async function kpiJson(args: string[]): Promise<KpiReport> {
  const run = await cli(['kpi', '--db', db, '--json', ...args]);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as KpiReport;
}

let counter = 0;
async function report(args: string[]): Promise<string> {
  counter += 1;
  const out = join(dir, `r${counter}.${args.includes('xlsx') ? 'xlsx' : 'pdf'}`);
  const run = await cli(['report', '--db', db, '--out', out, ...args]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return out;
}

const LANGUAGES: [string, 'en' | 'es', string][] = [
  ['English (en-US)', 'en', 'en-US'],
  ['Spanish (es-MX)', 'es', 'es-MX'],
  ['Spanish (es-CR, decimal comma)', 'es', 'es-CR'],
];

/** The value as the PDF prints it: the report's own formatter, in the report's locale. */
function printed(result: KpiResult, t: ReportText, locale: string): string {
  if (result.value === null) return t('word.noData');
  return (
    reportFormatter(locale, t)
      .kpi(result.value, result.unit)
      .replace(/\u00a0/g, ' ') + (result.estimated ? '*' : '')
  );
}

/** A KPI's value as the workbook holds it: a number (a percent as its fraction), or empty. */
function stored(result: KpiResult): number | null {
  if (result.value === null) return null;
  return result.unit === '%' ? result.value / 100 : result.value;
}

async function expectWorkbookKpis(file: string, t: ReportText, kpis: Partial<Record<KpiKey, KpiResult>>) {
  const workbook = await readWorkbook(file);
  const sheet = workbook.getWorksheet(t('section.kpis'));
  expect(sheet, 'the KPI sheet').toBeDefined();
  if (!sheet) return;
  expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  expect(sheet.autoFilter).toBeTruthy();
  const rows = sheetRows(sheet);
  expect(rows[0]?.[0]).toBe(t('col.kpi'));
  for (const [key, result] of Object.entries(kpis) as [KpiKey, KpiResult][]) {
    const row = rows.find((r) => r[0] === t(kpiNameKey(key)));
    expect(row, key).toBeDefined();
    const value = stored(result);
    if (value === null) expect(row?.[1] ?? null, key).toBeNull();
    else expect(row?.[1], key).toBeCloseTo(value, 9);
    expect(typeof (row?.[1] ?? 0), key).toBe('number');
  }
}

describe.each(LANGUAGES)('report content in %s', (_, lang, locale) => {
  const t = reportText(lang);
  const lc = ['--lang', lang, '--locale', locale];

  it('prints and writes the shift’s KPIs as kpi --json grouped by shift, with its rows and sign-off', async () => {
    const args = [
      '--as',
      'leader.abc',
      '--kind',
      'shift',
      '--client',
      CLIENT,
      '--from',
      '2026-06-29',
      '--shift',
      'SHIFT_1ST',
    ];
    const json = await kpiJson([
      '--as',
      'leader.abc',
      '--client',
      CLIENT,
      '--from',
      '2026-06-29',
      '--to',
      '2026-06-29',
      '--by',
      'shift',
    ]);
    const group = json.groups.find((g) => g.key === 'SHIFT_1ST');
    expect(group).toBeDefined();
    if (!group) return;
    const pdf = await pdfText(await report([...args, '--format', 'pdf', ...lc]));
    expect(pdf.text).toContain(t('title.shift'));
    expect(pdf.text).toContain(t('shift.SHIFT_1ST'));
    expect(pdf.text).toContain(t('frame.page', { page: 1, pages: pdf.pages }));
    for (const key of SHIFT_KPIS)
      expect(pdf.text, key).toContain(`${t(kpiNameKey(key))} ${printed(group.kpis[key], t, locale)}`);
    for (const section of [
      'section.production',
      'section.downtime',
      'section.attendance',
      'section.quality',
      'section.holds',
    ] as const)
      expect(pdf.text).toContain(t(section));
    expect(pdf.text).toContain(t('signoff.leader'));
    expect(pdf.text).toContain(t('signoff.supervisor'));
    await expectWorkbookKpis(
      await report([...args, '--format', 'xlsx', ...lc]),
      t,
      Object.fromEntries(SHIFT_KPIS.map((k) => [k, group.kpis[k]])),
    );
  });

  it.each([
    ['daily', '2026-06-29', '2026-06-29'],
    ['weekly', '2026-06-22', '2026-06-28'],
  ])(
    'prints and writes every KPI of a %s report as kpi --json (as of its last day)',
    async (kind, from, to) => {
      const json = await kpiJson([
        '--as',
        'leader.abc',
        '--client',
        CLIENT,
        '--from',
        from,
        '--to',
        to,
        '--as-of',
        to,
      ]);
      const args = ['--as', 'leader.abc', '--kind', kind, '--client', CLIENT, '--from', from];
      const pdf = await pdfText(await report([...args, '--format', 'pdf', ...lc]));
      for (const [key, result] of Object.entries(json.kpis) as [KpiKey, KpiResult][])
        expect(pdf.text, key).toContain(`${t(kpiNameKey(key))} ${printed(result, t, locale)}`);
      for (const section of [
        'section.downtimePareto',
        'section.defectPareto',
        'section.lateOrders',
        'section.chronicHolds',
        'section.bradford',
      ] as const)
        expect(pdf.text).toContain(t(section));
      // The Bradford top 10: the engine's highest scores, in its order.
      for (const row of json.bradford.slice(0, 3))
        expect(pdf.text).toContain(`${row.employee_id} ${row.employee_name}`);
      await expectWorkbookKpis(await report([...args, '--format', 'xlsx', ...lc]), t, json.kpis);
    },
  );

  it('writes every client’s KPIs side by side in the plant summary as kpi --json by client', async () => {
    const from = '2026-06-01';
    const to = '2026-06-30';
    const json = await kpiJson([
      '--as',
      'power',
      '--from',
      from,
      '--to',
      to,
      '--as-of',
      to,
      '--by',
      'client',
    ]);
    const file = await report([
      '--as',
      'power',
      '--kind',
      'plant',
      '--from',
      from,
      '--to',
      to,
      '--format',
      'xlsx',
      ...lc,
    ]);
    const rows = sheetRows(
      (await readWorkbook(file)).getWorksheet(t('section.plant')) ?? expect.fail('no plant sheet'),
    );
    for (const group of [...json.groups, { key: t('word.total'), kpis: json.kpis }]) {
      for (const [key, result] of Object.entries(group.kpis) as [KpiKey, KpiResult][]) {
        const row = rows.find((r) => r[0] === group.key && r[2] === t(kpiNameKey(key)));
        expect(row, `${group.key} ${key}`).toBeDefined();
        const value = stored(result);
        if (value === null) expect(row?.[3] ?? null).toBeNull();
        else expect(row?.[3]).toBeCloseTo(value, 9);
      }
    }
    const pdf = await pdfText(
      await report([
        '--as',
        'power',
        '--kind',
        'plant',
        '--from',
        from,
        '--to',
        to,
        '--format',
        'pdf',
        ...lc,
      ]),
    );
    const fmt = reportFormatter(locale, t);
    // The matrix prints each client's row: its id, then every KPI as a bare number.
    for (const group of json.groups) {
      expect(pdf.text).toContain(group.key);
      const value = group.kpis.efficiency.value;
      if (value !== null) expect(pdf.text).toContain(fmt.number(value, 'decimal'));
    }
  });
});

describe('who may have which report', () => {
  it('refuses a client the user may not see, and writes no file', async () => {
    const out = join(dir, 'refused.pdf');
    const run = await cli([
      'report',
      '--db',
      db,
      '--as',
      'leader.abc',
      '--kind',
      'daily',
      '--client',
      'FOOTWEAR-D',
      '--from',
      '2026-06-29',
      '--format',
      'pdf',
      '--out',
      out,
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('FOOTWEAR-D is not one of your clients');
    expect(existsSync(out)).toBe(false);
  });

  it('gives the plant summary to administrators and power users only', async () => {
    const out = join(dir, 'plant-leader.pdf');
    const run = await cli([
      'report',
      '--db',
      db,
      '--as',
      'leader.abc',
      '--kind',
      'plant',
      '--from',
      '2026-06-01',
      '--to',
      '2026-06-30',
      '--format',
      'pdf',
      '--out',
      out,
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Only an administrator or a power user');
    expect(existsSync(out)).toBe(false);
    expect(
      existsSync(
        await report([
          '--as',
          'admin',
          '--kind',
          'plant',
          '--from',
          '2026-06-01',
          '--to',
          '2026-06-30',
          '--format',
          'pdf',
        ]),
      ),
    ).toBe(true);
  });

  it('refuses an unknown client, a bad period, a missing shift, and an existing file without --force', async () => {
    const base = ['report', '--db', db, '--as', 'admin', '--format', 'pdf'];
    const unknown = await cli([
      ...base,
      '--kind',
      'daily',
      '--client',
      'NOPE',
      '--from',
      '2026-06-29',
      '--out',
      join(dir, 'x1.pdf'),
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('There is no client NOPE');
    const week = await cli([
      ...base,
      '--kind',
      'weekly',
      '--client',
      CLIENT,
      '--from',
      '2026-06-01',
      '--to',
      '2026-06-30',
      '--out',
      join(dir, 'x2.pdf'),
    ]);
    expect(week.code).toBe(2);
    expect(week.stderr).toContain('a week has 7 days');
    const shift = await cli([
      ...base,
      '--kind',
      'shift',
      '--client',
      CLIENT,
      '--from',
      '2026-06-29',
      '--out',
      join(dir, 'x3.pdf'),
    ]);
    expect(shift.code).toBe(2);
    expect(shift.stderr).toContain('shift: is required');
    const first = await report([
      '--as',
      'admin',
      '--kind',
      'daily',
      '--client',
      CLIENT,
      '--from',
      '2026-06-29',
      '--format',
      'pdf',
    ]);
    const again = await cli([
      ...base,
      '--kind',
      'daily',
      '--client',
      CLIENT,
      '--from',
      '2026-06-29',
      '--out',
      first,
    ]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
    expect(
      (
        await cli([
          ...base,
          '--kind',
          'daily',
          '--client',
          CLIENT,
          '--from',
          '2026-06-29',
          '--out',
          first,
          '--force',
        ])
      ).code,
    ).toBe(0);
  });
});
