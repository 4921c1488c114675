// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Me } from '../../src-shared/contract/auth';
import { useScopeStore } from '../stores/scope-store';
import { PrintHeader, printedAt } from './PrintHeader';

const A = { client_id: 'BOOT-LINE-A', client_name: 'Boot Line A' };
const ME: Me = {
  userId: 'USR-3',
  username: 'rosa',
  fullName: 'Rosa Diaz',
  locale: { language: 'en', regionalFormat: 'en-US' },
  role: 'LEADER',
  clients: [A],
};

beforeEach(() => {
  localStorage.clear();
  useScopeStore.getState().reset();
  useScopeStore.getState().adoptUser(ME);
});
afterEach(cleanup);

describe('the header of a printed page', () => {
  it('says the client, the shift, who printed and when on a shift screen', () => {
    useScopeStore.getState().pickShift({ date: '2026-03-02', shift: 'SHIFT_2ND' });
    render(<PrintHeader me={ME} screen="my-shift" />);
    const header = screen.getByTestId('print-header').textContent ?? '';
    expect(header).toContain('FloorKPI · My shift');
    expect(header).toContain('Client: Boot Line A');
    // Dates in the user's regional format (US here).
    expect(header).toContain('Shift: 03/02/2026, 2nd shift');
    expect(header).toContain('Printed by Rosa Diaz (rosa)');
    expect(header).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  });

  it('says the period on other screens', () => {
    useScopeStore.getState().pickPreset('custom');
    useScopeStore.getState().setCustom({ from: '2026-02-01', to: '2026-02-28' });
    render(<PrintHeader me={ME} screen="dashboard" />);
    expect(screen.getByTestId('print-header').textContent).toContain('Period: 02/01/2026 to 02/28/2026');
  });

  it('writes the time on the PC’s clock', () => {
    expect(printedAt(new Date(2026, 2, 2, 7, 5))).toBe('2026-03-02 07:05');
  });
});
