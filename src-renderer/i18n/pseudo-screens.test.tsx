// @vitest-environment happy-dom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../src-shared/contract';
import type { Me } from '../../src-shared/contract/auth';
import type { DatabaseStatus, SystemInfo } from '../../src-shared/contract/system';
import type { Breakdown, Dashboard, KpiCard } from '../../src-shared/kpi/dashboard';
import { KPI_KEYS, type KpiKey, type KpiResult } from '../../src-shared/kpi/result';
import { setTransport } from '../api/client';
import { AppHeader } from '../components/AppHeader';
import { AppShell } from '../components/AppShell';
import type { ScreenId } from '../components/nav-items';
import { ReportDialog } from '../components/reports/ReportDialog';
import { StatusFooter } from '../components/StatusFooter';
import { UpdatePrompt } from '../components/updates/UpdatePrompt';
import { AdminScreen } from '../screens/admin/AdminScreen';
import { sectionsFor } from '../screens/admin/admin-sections';
import { CardsView } from '../screens/dashboard/CardsView';
import { CompareView } from '../screens/dashboard/CompareView';
import { EstimatedBadge } from '../screens/dashboard/EstimatedBadge';
import { KpiDetailView } from '../screens/dashboard/KpiDetailView';
import { AdminSetupForm } from '../screens/first-start/AdminSetupForm';
import { FirstStartScreen } from '../screens/first-start/FirstStartScreen';
import { HelpScreen } from '../screens/help/HelpScreen';
import { LockScreen } from '../screens/lock/LockScreen';
import { DefectsGrid } from '../screens/quality/DefectsGrid';
import { RecoveryScreen } from '../screens/recovery/RecoveryScreen';
import { SCREENS } from '../screens/registry';
import { SignInScreen } from '../screens/sign-in/SignInScreen';
import { useScopeStore } from '../stores/scope-store';
import { en } from './en';
import { i18next } from './i18n';
import { pseudoCatalogue } from './pseudo.test-support';

/**
 * No string left behind: each screen rendered in the pseudo-locale (every catalogue string inside
 * ⟦ ⟧, accented and 30 % longer) may show no visible word outside the markers except the data it
 * was given (names, client codes, numbers). A hard-coded English word fails here.
 */
const ME: Me = {
  userId: 'USR-3',
  username: 'rosa',
  fullName: 'Rosa Castillo',
  role: 'LEADER',
  clients: [{ client_id: 'BOOT-LINE-A', client_name: 'Bootworks' }],
  locale: { language: 'en', regionalFormat: 'es-MX' },
};
/** Text that is data, not words of the app: the fixtures above, the brand, codes and numbers. */
const DATA = [
  /\b(ppm|dpmo)\b/g,
  /Rosa Castillo/g,
  /BOOT-LINE-[AB]/g,
  /Bootworks/g,
  /FloorKPI/g,
  /rosa/g,
  /\bWO-\d+\b/g,
  // The drill-downs' fixtures: a plant's own reason, an employee, a style, operations and ids.
  /Needle swap/g,
  /Ana Pérez/g,
  /\bEMP-\d+\b/g,
  /\bSTY-\d+\b/g,
  /\b(SEWING|CUTTING)\b/g,
  /\bJ\d+\b/g,
];

/** The visible text and labelled attributes of the page, outside the pseudo markers. */
function unmarked(root: HTMLElement): string[] {
  const texts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent?.closest('[hidden], script, style, option[disabled][hidden]')) continue;
    texts.push(node.textContent ?? '');
  }
  for (const el of root.querySelectorAll('[title], [aria-label], [placeholder]'))
    for (const name of ['title', 'aria-label', 'placeholder']) texts.push(el.getAttribute(name) ?? '');
  // Markers may be split over text nodes (a value inside a sentence): join, then strip them.
  const joined = texts.join('\n');
  // Innermost first: a translated value (a shift's name) may sit inside a translated sentence.
  let rest = joined;
  for (let before = ''; before !== rest; ) {
    before = rest;
    rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
  }
  for (const data of DATA) rest = rest.replace(data, ' ');
  return rest
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /\p{L}{2,}/u.test(line));
}

function fakeCore(): void {
  setTransport({
    kind: 'http',
    async invoke(channel): Promise<Result<unknown>> {
      if (channel.endsWith('.list') || channel.endsWith('.search'))
        return { ok: true, data: { rows: [], total: 0 } };
      if (channel === 'drafts.list') return { ok: true, data: [] };
      return { ok: false, error: { code: 'INTERNAL', message: 'Not in this test.' } };
    },
  });
}

const INFO: SystemInfo = {
  appName: 'FloorKPI',
  version: '0.1.0',
  host: 'browser',
  schemaVersion: 23,
  needsSetup: false,
  database: { state: 'ready' } as SystemInfo['database'],
  defaultLocale: { language: 'en', regionalFormat: 'en-US' },
};

beforeAll(async () => {
  i18next.addResourceBundle('pseudo', 'translation', pseudoCatalogue(en));
  await i18next.changeLanguage('pseudo');
});
afterAll(async () => {
  await i18next.changeLanguage('en');
});
afterEach(cleanup);

describe('every word comes from the catalogue (pseudo-locale)', () => {
  it('the sign-in screen', () => {
    const { container } = render(<SignInScreen demo={null} />);
    expect(screen.getByRole('button', { name: /⟦/ })).toBeTruthy();
    expect(unmarked(container)).toEqual([]);
  });

  it('the header and footer', () => {
    fakeCore();
    useScopeStore.getState().reset();
    useScopeStore.getState().adoptUser(ME);
    const { container } = render(
      <>
        <AppHeader me={ME} />
        <StatusFooter info={INFO} connection={{ kind: 'ok' }} />
      </>,
    );
    expect(unmarked(container)).toEqual([]);
  });

  it('the dashboard cards: values, targets, statuses, estimates and warnings', () => {
    const result = (value: number | null, extra: Partial<KpiResult> = {}): KpiResult => ({
      value,
      numerator: 0,
      denominator: 0,
      unit: '%',
      rows: 3,
      inferred_rows: 0,
      estimated: false,
      confidence: 1,
      warnings: [],
      ...extra,
    });
    const board: Dashboard = {
      scope: {
        clients: ['BOOT-LINE-A'],
        from: '2026-11-01',
        to: '2026-11-24',
        as_of: '2026-11-24',
        by: null,
      },
      trendBy: 'day',
      bradford: [],
      cards: KPI_KEYS.map((key, i) => ({
        key,
        result:
          i % 3 === 0
            ? result(null)
            : result(85.5, {
                estimated: i % 2 === 0,
                confidence: 0.8,
                inferred_rows: 1,
                warnings: i === 1 ? ['verify_inputs'] : [],
              }),
        target: i % 2 === 0 ? 85 : null,
        status: i % 3 === 0 ? null : i % 2 === 0 ? 'green' : null,
        trend: [],
      })),
    };
    const { container } = render(<CardsView board={board} focusKpi={null} onOpen={() => {}} />);
    expect(unmarked(container)).toEqual([]);
  });

  // The screens a line leader uses for a whole shift.
  const SHIFT_SCREENS: ScreenId[] = ['my-shift', 'production', 'downtime', 'attendance', 'holds'];
  for (const id of SHIFT_SCREENS) {
    it(`the ${id} screen, with its navigation`, async () => {
      fakeCore();
      useScopeStore.getState().reset();
      useScopeStore.getState().adoptUser(ME);
      useScopeStore.getState().openScreen(id);
      const { container } = render(<AppShell me={ME} />);
      // Wait for the grids' first load, so their empty states are on screen too.
      await screen.findAllByText(/⟦/);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(unmarked(container)).toEqual([]);
    });
  }
});

/** A KPI result as the engine gives it: estimated, with notes in its details, so every sentence shows. */
function estimatedResult(key: KpiKey, value: number | null): KpiResult {
  const buckets = { '0-7': 2, '8-14': 1, '15-30': 0, '>30': 1 };
  const details: KpiResult['details'] =
    key === 'oee'
      ? { factors: { availability: 90, performance: 95, quality_rate: 99 } }
      : key === 'otd' || key === 'true_otd'
        ? { skipped: 2, overdue: 1 }
        : key === 'dpmo'
          ? { skipped: 1, sigma: 4.1 }
          : key === 'absenteeism'
            ? { skipped: 1, gross: 4.2, absence_hours: 8, covered_hours: 2 }
            : key === 'wip_aging'
              ? {
                  buckets,
                  over_threshold: 2,
                  over_critical: 1,
                  start_from: { actual: 2, production: 1, planned: 1 },
                }
              : key === 'hold_aging'
                ? { buckets, chronic: 1 }
                : { skipped: 1 };
  return {
    value,
    numerator: 1,
    denominator: 1,
    unit: key === 'ppm' ? 'ppm' : key === 'dpmo' ? 'dpmo' : key.endsWith('_aging') ? 'days' : '%',
    rows: 12,
    inferred_rows: 3,
    estimated: true,
    confidence: 0.7,
    warnings: key === 'efficiency' ? ['verify_inputs'] : [],
    details,
  };
}

/** A Pareto's rows: an entry of the shipped list, one the plant named itself, and rows with none. */
function paretoRows(shipped: string, words: string) {
  return [
    { key: shipped, label: words, value: 5.5, share: 55, cumulative: 55 },
    { key: 'NEEDLE', label: 'Needle swap', value: 3, share: 30, cumulative: 85 },
    { key: 'NOT_RECORDED', label: 'Not recorded', value: 1.5, share: 15, cumulative: 100 },
  ];
}

function breakdown(kind: Breakdown['kind']): Breakdown {
  switch (kind) {
    case 'downtime_by_reason':
      return { kind, unit: 'hours', rows: paretoRows('EQUIPMENT_FAILURE', 'Equipment failure') };
    case 'absence_by_type':
      return { kind, unit: 'hours', rows: paretoRows('VACATION', 'Vacation') };
    case 'defects_by_type':
      return { kind, unit: 'defects', rows: paretoRows('STITCH', 'Stitching Defect') };
    case 'wip_buckets':
      return {
        kind,
        rows: [
          { bucket: '0-7', orders: 2 },
          { bucket: '8-14', orders: 1 },
          { bucket: '15-30', orders: 0 },
          { bucket: '>30', orders: 1 },
        ],
      };
    case 'late_orders':
      return {
        kind,
        rows: [
          {
            work_order_id: 'WO-7',
            client_id: 'BOOT-LINE-A',
            style_model: 'STY-9',
            promised_date: '2026-11-03',
            delivered_date: null,
            days_late: 4,
            confidence: 0.8,
          },
          {
            work_order_id: 'WO-8',
            client_id: 'BOOT-LINE-A',
            style_model: null,
            promised_date: '2026-11-04',
            delivered_date: '2026-11-06',
            days_late: 2,
            confidence: 1,
          },
        ],
      };
    case 'chronic_holds':
      return {
        kind,
        rows: [
          {
            hold_entry_id: 'H-1',
            work_order_id: 'WO-9',
            client_id: 'BOOT-LINE-A',
            hold_reason: 'QUALITY_ISSUE',
            hold_date: '2026-10-01',
            age: 54,
          },
          {
            hold_entry_id: 'H-2',
            work_order_id: 'WO-10',
            client_id: 'BOOT-LINE-A',
            hold_reason: null,
            hold_date: '2026-10-02',
            age: 53,
          },
        ],
      };
    case 'bradford':
      return {
        kind,
        rows: [
          {
            employee_id: 'EMP-4',
            employee_name: 'Ana Pérez',
            client_id: 'BOOT-LINE-A',
            spells: 3,
            days: 5,
            score: 45,
            band: 'low',
          },
          {
            employee_id: 'EMP-5',
            employee_name: null,
            client_id: 'BOOT-LINE-A',
            spells: 4,
            days: 9,
            score: 144,
            band: 'formal_review',
          },
        ],
      };
  }
}

/** A core that answers the dashboard's drill-down channels with a little of everything. */
function kpiCore(): void {
  setTransport({
    kind: 'http',
    async invoke(channel, payload): Promise<Result<unknown>> {
      const ask = payload as { kind?: Breakdown['kind']; kpi?: KpiKey; by?: string };
      if (channel === 'kpi.breakdown' && ask.kind) return { ok: true, data: breakdown(ask.kind) };
      if (channel === 'kpi.trend' && ask.kpi)
        return {
          ok: true,
          data: {
            kpi: ask.kpi,
            by: ask.by ?? 'day',
            target: 85,
            points: [
              { key: '2026-11-02', result: estimatedResult(ask.kpi, 80) },
              { key: '2026-11-03', result: estimatedResult(ask.kpi, 82) },
            ],
          },
        };
      if (channel === 'kpi.report') {
        const kpis = Object.fromEntries(KPI_KEYS.map((k) => [k, estimatedResult(k, 70)]));
        const groups =
          ask.by === 'shift'
            ? [{ key: 'SHIFT_1ST', kpis }]
            : [
                { key: 'SEWING', kpis },
                { key: '', kpis },
              ];
        return { ok: true, data: { scope: {}, kpis, groups, bradford: [] } };
      }
      if (channel === 'kpi.compare' && ask.kpi) {
        const kpi = ask.kpi;
        return {
          ok: true,
          data: [
            {
              client_id: 'BOOT-LINE-A',
              client_name: 'Bootworks',
              result: estimatedResult(kpi, 80),
              target: 85,
              status: 'amber',
            },
            {
              client_id: 'BOOT-LINE-B',
              client_name: 'Bootworks',
              result: estimatedResult(kpi, null),
              target: null,
              status: null,
            },
          ],
        };
      }
      if (channel.endsWith('.list') || channel.endsWith('.search'))
        return { ok: true, data: { rows: [], total: channel === 'defects.list' ? 4 : 0 } };
      if (channel === 'drafts.list') return { ok: true, data: [] };
      return { ok: false, error: { code: 'INTERNAL', message: 'Not in this test.' } };
    },
  });
}

/** Waits until nothing on the page still says it is loading (every section answered). */
async function settled(container: HTMLElement): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 30));
  for (let i = 0; i < 50 && container.querySelector('[aria-busy="true"]'); i++)
    await new Promise((resolve) => setTimeout(resolve, 20));
  await new Promise((resolve) => setTimeout(resolve, 30));
}

describe('every word of Help, the drill-downs, Quality and Work orders comes from the catalogue', () => {
  it('the Help screen: every KPI, its formula, inputs, rules and the keyboard', () => {
    const { container } = render(<HelpScreen me={ME} />);
    expect(container.querySelectorAll('article').length).toBe(KPI_KEYS.length);
    expect(unmarked(container)).toEqual([]);
  });

  // Each KPI's drill-down: trend or as-of note, summary, provenance, and its breakdowns.
  for (const key of KPI_KEYS) {
    it(`the ${key} drill-down, with its breakdowns`, async () => {
      kpiCore();
      const card: KpiCard = {
        key,
        result: estimatedResult(key, 80),
        target: 85,
        status: 'amber',
        trend: [],
      };
      const { container } = render(
        <KpiDetailView
          card={card}
          scope={{ clientIds: ['BOOT-LINE-A'], from: '2026-11-01', to: '2026-11-24' }}
          trendBy="week"
          showClient
          onBack={() => {}}
          onCompare={() => {}}
        />,
      );
      await settled(container);
      expect(container.textContent).not.toMatch(/⟦[^⟧]*Lôádïñg/);
      expect(unmarked(container)).toEqual([]);
    });
  }

  it('a breakdown split by shift names the shift in words', async () => {
    kpiCore();
    const card: KpiCard = {
      key: 'efficiency',
      result: estimatedResult('efficiency', 80),
      target: 85,
      status: 'amber',
      trend: [],
    };
    const { container } = render(
      <KpiDetailView
        card={card}
        scope={{ from: '2026-11-01', to: '2026-11-24' }}
        trendBy="day"
        showClient={false}
        onBack={() => {}}
      />,
    );
    await settled(container);
    const pick = container.querySelector<HTMLSelectElement>('[data-testid="breakdown-by-efficiency"] select');
    expect(pick).toBeTruthy();
    if (pick) {
      const { fireEvent } = await import('@testing-library/react');
      fireEvent.change(pick, { target: { value: 'shift' } });
    }
    await settled(container);
    expect(container.querySelector('[data-testid="breakdown-by-efficiency"] tbody th')?.textContent).toMatch(
      /^⟦/,
    );
    expect(unmarked(container)).toEqual([]);
  });

  it('the client comparison, and an estimate’s provenance panel opened', async () => {
    kpiCore();
    const { container } = render(
      <>
        <CompareView
          kpi="otd"
          scope={{ from: '2026-11-01', to: '2026-11-24' }}
          onPickKpi={() => {}}
          onPickClient={() => {}}
          onBack={() => {}}
        />
        <EstimatedBadge kpi="otd" result={estimatedResult('otd', 80)} />
      </>,
    );
    await settled(container);
    screen.getByRole('button', { expanded: false }).click();
    await screen.findByRole('dialog');
    expect(unmarked(container)).toEqual([]);
  });

  for (const id of ['quality', 'work-orders'] as const) {
    it(`the ${id} screen, with its navigation`, async () => {
      kpiCore();
      useScopeStore.getState().reset();
      useScopeStore.getState().adoptUser(ME);
      useScopeStore.getState().openScreen(id);
      const { container } = render(<AppShell me={ME} />);
      await screen.findAllByText(/⟦/);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(unmarked(container)).toEqual([]);
    });
  }

  it('an inspection’s defects, when the total disagrees with the defects logged', async () => {
    kpiCore();
    const { container } = render(
      <DefectsGrid
        inspection={
          {
            quality_entry_id: 'Q-1',
            client_id: 'BOOT-LINE-A',
            work_order_id: 'WO-7',
            job_id: 'WO-7-J1',
            shift_date: '2026-11-03',
            total_defects_count: 2,
            units_defective: 2,
            version: 1,
          } as Parameters<typeof DefectsGrid>[0]['inspection']
        }
        onInspectionChanged={() => {}}
      />,
    );
    await screen.findByTestId('defect-count-mismatch');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(unmarked(container)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Admin and the app around the screens (first start, lock, recovery, update prompt, reports,
// drafts): every screen of the registry through the shell, every Admin section, and the dialogs.

const ADMIN: Me = {
  userId: 'USR-1',
  username: 'ana',
  fullName: 'Ana Reyes',
  role: 'ADMIN',
  clients: [{ client_id: 'BOOT-LINE-A', client_name: 'Bootworks' }],
  locale: { language: 'en', regionalFormat: 'es-MX' },
};
/** Data of the admin fixtures below: names, codes, paths, file names and addresses. */
const ADMIN_DATA = [
  /Ana Reyes/g,
  /\bana\b/g,
  /\bluis(\.p)?\b/g,
  /Luis Pérez/g,
  /León, Gto\./g,
  /\/srv\/[\w/.-]+/g,
  /[\w-]+\.(db|sqlite|pdf)\b/g,
  /https?:\/\/[\w.:/-]+/g,
  /\bUSR-\d+\b/g,
  /\bA4\b/g,
  // Times and file sizes as fmt writes them (the regional format's AM/PM, the units of sizes).
  /\b\d{1,2}:\d\d\s[AP]M\b/g,
  /\b[\d.,]+ [KMG]B\b/g,
];

const STAMP = '2026-03-02T14:05:00.000Z';

/** A core that answers the Admin sections' reads with one row each, so lists and forms show. */
function fakeAdminCore(): void {
  const user = {
    user_id: 'USR-2',
    username: 'luis.p',
    full_name: 'Luis Pérez',
    email: null,
    role: 'LEADER',
    is_active: 1,
    last_login: STAMP,
    version: 1,
  };
  const client = {
    client_id: 'BOOT-LINE-A',
    client_name: 'Bootworks',
    client_type: 'PIECE_RATE',
    location: 'León, Gto.',
    is_active: 1,
    version: 1,
  };
  const answers: Record<string, unknown> = {
    'users.list': { rows: [user], total: 1 },
    'userAccess.list': { rows: [{ user_id: 'USR-2', client_id: 'BOOT-LINE-A', version: 1 }], total: 1 },
    'clients.list': { rows: [client], total: 1 },
    'clientSettings.list': { rows: [], total: 0 },
    'plantSettings.get': {
      session_idle_minutes: 30,
      session_absolute_hours: 12,
      report_paper_size: 'A4',
      daily_report_folder: '/srv/reports',
      daily_report_format: 'both',
      daily_report_hour: 6,
      default_language: 'es',
      default_regional_format: 'es-MX',
      version: 3,
      updated_at: STAMP,
      updated_by: 'USR-1',
    },
    'reports.schedule': {
      folder: '/srv/reports',
      lastReportDate: '2026-03-01',
      nextRunAt: STAMP,
      lastRun: {
        at: STAMP,
        days: ['2026-03-01'],
        folder: '/srv/reports',
        files: [
          { name: 'daily.pdf', outcome: 'written', message: null },
          { name: 'old.pdf', outcome: 'kept', message: null },
        ],
        error: null,
      },
    },
    'backups.list': {
      folder: '/srv/backups',
      backups: [{ name: 'plant-1.db', kind: 'daily', createdAt: STAMP, bytes: 12_500_000 }],
    },
    'sync.status': {
      enrolled: true,
      hubUrl: 'http://plant-hub:8470',
      username: 'ana',
      deviceId: 'D-1',
      lastSuccessAt: STAMP,
      unreachableSince: null,
      lastError: null,
      lastErrorCode: null,
      waiting: 3,
      openConflicts: 1,
      pulling: null,
    },
    'sync.conflicts': [
      {
        conflictId: 1,
        table: 'client',
        key: { client_id: 'BOOT-LINE-A' },
        kind: 'changed',
        localUserId: 'USR-1',
        localAt: STAMP,
        hubUserId: 'USR-2',
        hubAt: STAMP,
        message: null,
        fields: [{ field: 'client_name', local: 'Bootworks', hub: 'Bootworks' }],
      },
    ],
    'updates.status': {
      state: 'up-to-date',
      currentVersion: '0.1.0',
      availableVersion: null,
      percent: null,
      message: null,
      lastCheckedAt: STAMP,
      feedUrl: 'http://plant-hub:8470/updates/',
      feedSource: 'setting',
      unsavedRows: 0,
    },
  };
  setTransport({
    kind: 'http',
    async invoke(channel): Promise<Result<unknown>> {
      if (channel in answers) return { ok: true, data: answers[channel] };
      if (channel.endsWith('.list') || channel.endsWith('.search'))
        return { ok: true, data: { rows: [], total: 0 } };
      if (channel === 'drafts.list') return { ok: true, data: [] };
      return { ok: false, error: { code: 'INTERNAL', message: 'Not in this test.' } };
    },
  });
}

/** The page's unmarked text once the loads have answered, data of the fixtures left out. */
async function settledUnmarked(container: HTMLElement): Promise<string[]> {
  await screen.findAllByText(/⟦/);
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 60));
  });
  let rest = unmarked(container);
  for (const data of ADMIN_DATA)
    rest = rest.map((line) => line.replace(data, ' ')).filter((l) => /\p{L}{2,}/u.test(l));
  return rest;
}

describe('Admin and the app around the screens (pseudo-locale)', () => {
  // Driven by the registry: a screen added there is checked here as an administrator sees it.
  for (const id of Object.keys(SCREENS) as ScreenId[]) {
    it(`the ${id} screen as an administrator sees it`, async () => {
      fakeAdminCore();
      useScopeStore.getState().reset();
      useScopeStore.getState().adoptUser(ADMIN);
      useScopeStore.getState().openScreen(id);
      const { container } = render(<AppShell me={ADMIN} />);
      expect(await settledUnmarked(container)).toEqual([]);
    });
  }

  it('every Admin section, with a user, a client, a backup and a sync conflict on show', async () => {
    fakeAdminCore();
    useScopeStore.getState().reset();
    useScopeStore.getState().adoptUser(ADMIN);
    const user = userEvent.setup();
    const { container } = render(<AdminScreen me={ADMIN} />);
    const nav = screen.getByRole('navigation');
    const sections = within(nav).getAllByRole('button');
    expect(sections).toHaveLength(sectionsFor('ADMIN').length);
    for (const index of sections.keys()) {
      await user.click(within(screen.getByRole('navigation')).getAllByRole('button')[index] as HTMLElement);
      expect(await settledUnmarked(container), `section ${index}`).toEqual([]);
    }
  });

  it('a user opened, a new user, a new client and the restore question', async () => {
    fakeAdminCore();
    useScopeStore.getState().reset();
    useScopeStore.getState().adoptUser(ADMIN);
    const user = userEvent.setup();
    const { container } = render(<AdminScreen me={ADMIN} />);
    await user.click(await screen.findByTestId('user-luis.p'));
    expect(await settledUnmarked(container)).toEqual([]);
    await user.click(
      screen.getAllByRole('button', { name: /⟦/ })[sectionsFor('ADMIN').length] as HTMLElement,
    );
    expect(await settledUnmarked(container)).toEqual([]);
    const nav = () => within(screen.getByRole('navigation')).getAllByRole('button');
    await user.click(nav()[1] as HTMLElement);
    await user.click(await screen.findByTestId('client-BOOT-LINE-A'));
    expect(await settledUnmarked(container)).toEqual([]);
    await user.click(nav()[sectionsFor('ADMIN').length - 1] as HTMLElement);
    await user.click((await screen.findAllByRole('button', { name: /⟦Rëstôrë…/ })).at(-1) as HTMLElement);
    expect(await settledUnmarked(container)).toEqual([]);
  });

  it('first start, the first administrator, the lock and the recovery screen', async () => {
    const database: DatabaseStatus = {
      state: 'missing',
      path: '/srv/plant/floorkpi.db',
      message: null,
      latestBackup: null,
    };
    const first = render(
      <FirstStartScreen database={database} onDemoLoaded={() => {}} onAdminCreated={() => {}} />,
    );
    expect(unmarked(first.container).map(dropData).filter(Boolean)).toEqual([]);
    first.unmount();
    const demo = render(
      <SignInScreen demo={{ password: 'floorkpi-demo', users: [{ username: 'luis.p', role: 'LEADER' }] }} />,
    );
    expect(
      unmarked(demo.container)
        .map(dropData)
        .filter((line) => line && line !== 'floorkpi-demo'),
    ).toEqual([]);
    demo.unmount();
    const setup = render(<AdminSetupForm onBack={() => {}} onCreated={() => {}} />);
    expect(unmarked(setup.container).map(dropData).filter(Boolean)).toEqual([]);
    setup.unmount();
    const lock = render(<LockScreen me={ADMIN} />);
    expect(unmarked(lock.container).map(dropData).filter(Boolean)).toEqual([]);
    lock.unmount();
    const damaged: DatabaseStatus = {
      state: 'damaged',
      path: '/srv/plant/floorkpi.db',
      message: null,
      latestBackup: { name: 'plant-1.db', kind: 'daily', createdAt: STAMP, bytes: 12_500_000 },
    };
    const recovery = render(<RecoveryScreen status={damaged} onRestored={() => {}} />);
    expect(unmarked(recovery.container).map(dropData).filter(Boolean)).toEqual([]);
  });

  it('the update prompt and the Report dialog', async () => {
    setTransport({
      kind: 'ipc',
      async invoke(channel): Promise<Result<unknown>> {
        if (channel === 'updates.status')
          return {
            ok: true,
            data: {
              state: 'ready',
              currentVersion: '0.1.0',
              availableVersion: '0.2.0',
              percent: null,
              message: null,
              lastCheckedAt: null,
              feedUrl: null,
              feedSource: 'built-in',
              unsavedRows: 0,
            },
          };
        return { ok: true, data: { recorded: true } };
      },
    });
    const prompt = render(<UpdatePrompt />);
    await screen.findByRole('region');
    expect(unmarked(prompt.container)).toEqual([]);
    prompt.unmount();
    const dialog = render(
      <ReportDialog
        me={ADMIN}
        defaults={{ kind: 'shift', clientId: 'BOOT-LINE-A', from: '2026-03-02', to: '2026-03-02' }}
        onClose={() => {}}
      />,
    );
    // A native dialog's content: read the element itself (happy-dom keeps it in the container).
    expect(unmarked(dialog.container).map(dropData).filter(Boolean)).toEqual([]);
  });
});

/** One unmarked line with the admin fixtures' data taken out (empty when nothing else was left). */
function dropData(line: string): string {
  let rest = line;
  for (const data of ADMIN_DATA) rest = rest.replace(data, ' ');
  return /\p{L}{2,}/u.test(rest) ? rest.trim() : '';
}
