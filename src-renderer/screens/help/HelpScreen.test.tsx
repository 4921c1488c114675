// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Me } from '../../../src-shared/contract/auth';
import type { KpiCard } from '../../../src-shared/kpi/dashboard';
import { KPI_KEYS } from '../../../src-shared/kpi/result';
import { useLocaleStore } from '../../i18n/locale-store';
import { useScopeStore } from '../../stores/scope-store';
import { KpiCardView } from '../dashboard/KpiCardView';
import { kpiLabel } from '../dashboard/kpi-format';
import { HelpScreen } from './HelpScreen';
import { kpiHelp, kpiHelpId } from './kpi-help';

const ME: Me = {
  userId: 'USR-1',
  username: 'rosa',
  fullName: 'Rosa',
  locale: { language: 'en', regionalFormat: 'en-US' },
  role: 'LEADER',
  clients: [],
};

beforeEach(() => useScopeStore.getState().reset());
afterEach(cleanup);

describe('Help', () => {
  it('explains every KPI the engine computes: formula, inputs, estimates and target', () => {
    render(<HelpScreen me={ME} />);
    for (const kpi of KPI_KEYS) {
      const entry = screen.getByRole('article', { name: kpiLabel(kpi) });
      const help = kpiHelp(kpi);
      expect(within(entry).getByText(help.formula)).toBeTruthy();
      expect(help.inputs.length, kpi).toBeGreaterThan(0);
      expect(help.estimated.length, kpi).toBeGreaterThan(0);
      for (const rule of help.estimated) expect(within(entry).getByText(rule)).toBeTruthy();
    }
    // The estimating rules are KPIS.md's, said for the floor.
    expect(kpiHelp('efficiency').estimated.join(' ')).toMatch(/same style.*0\.25 h/);
    expect(kpiHelp('efficiency').estimated.join(' ')).toMatch(/30 days before/);
    expect(screen.getByRole('cell', { name: 'Saves every unsaved row' })).toBeTruthy();
    expect(screen.getByText('F1')).toBeTruthy();
  });

  it('a dashboard card links to its own entry, which gets the focus', async () => {
    const user = userEvent.setup();
    const card: KpiCard = {
      key: 'availability',
      result: {
        value: 91,
        numerator: 0,
        denominator: 1,
        unit: '%',
        rows: 3,
        inferred_rows: 0,
        estimated: false,
        confidence: 1,
        warnings: [],
      },
      target: 90,
      status: 'green',
      trend: [],
    };
    render(<KpiCardView card={card} onOpen={() => undefined} />);
    await user.click(screen.getByRole('button', { name: 'How Availability is worked out' }));
    expect(useScopeStore.getState()).toMatchObject({ screen: 'help', helpTopic: kpiHelpId('availability') });
    cleanup();
    render(<HelpScreen me={ME} />);
    expect(document.activeElement?.id).toBe('help-availability');
  });
});

describe('Help in Spanish', () => {
  afterEach(() => useLocaleStore.getState().apply({ language: 'en', regionalFormat: 'en-US' }));

  it('reads each KPI in Spanish, with its numbers in the regional format', () => {
    // Costa Rica writes a decimal comma: the default cycle time reads "0,25 h" there.
    useLocaleStore.getState().apply({ language: 'es', regionalFormat: 'es-CR' });
    render(<HelpScreen me={ME} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Ayuda' })).toBeTruthy();
    const efficiency = screen.getByRole('article', { name: 'Eficiencia' });
    expect(within(efficiency).getByText(/mismo estilo.*0,25 h/)).toBeTruthy();
    expect(within(efficiency).getByText('Cuando falta un dato')).toBeTruthy();
    expect(screen.getByRole('cell', { name: 'Guarda todos los registros sin guardar' })).toBeTruthy();
    expect(screen.getByText('Ctrl+Supr')).toBeTruthy();
    cleanup();
    // Mexico writes a decimal point: the same sentence in Spanish with "0.25 h".
    useLocaleStore.getState().apply({ language: 'es', regionalFormat: 'es-MX' });
    render(<HelpScreen me={ME} />);
    expect(kpiHelp('efficiency').estimated[0]).toMatch(/0\.25 h/);
    expect(kpiHelp('ppm').formula).toContain('1,000,000');
  });
});
