// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../src-shared/contract';
import type { Me } from '../../src-shared/contract/auth';
import type { SystemInfo } from '../../src-shared/contract/system';
import type { Dashboard } from '../../src-shared/kpi/dashboard';
import { KPI_KEYS, type KpiResult } from '../../src-shared/kpi/result';
import { setTransport } from '../api/client';
import { AppHeader } from '../components/AppHeader';
import { AppShell } from '../components/AppShell';
import type { ScreenId } from '../components/nav-items';
import { StatusFooter } from '../components/StatusFooter';
import { CardsView } from '../screens/dashboard/CardsView';
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
  /BOOT-LINE-A/g,
  /Bootworks/g,
  /FloorKPI/g,
  /rosa/g,
  /\bWO-\d+\b/g,
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
