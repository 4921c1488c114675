// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../src-shared/contract';
import type { PlantSettings } from '../../../src-shared/contract/plant-settings';
import { setTransport } from '../../api/client';
import { PlantSettingsSection } from './PlantSettingsSection';

afterEach(cleanup);

const DEFAULTS: PlantSettings = {
  session_idle_minutes: 30,
  session_absolute_hours: 12,
  report_paper_size: 'A4',
  daily_report_folder: null,
  daily_report_format: 'pdf',
  daily_report_hour: 6,
  default_language: 'en',
  default_regional_format: 'en-US',
  version: 0,
  updated_at: null,
  updated_by: null,
};

/** A core holding the settings; `update` answers each save (by default: stores it). */
function fakeCore(update?: (payload: { version: number; session_idle_minutes: number }) => Result<unknown>) {
  let stored = DEFAULTS;
  const calls: { channel: string; payload: unknown }[] = [];
  setTransport({
    kind: 'http',
    async invoke(channel, payload): Promise<Result<unknown>> {
      calls.push({ channel, payload });
      if (channel === 'plantSettings.get') return { ok: true, data: stored };
      if (channel === 'plantSettings.update') {
        const change = payload as { version: number; session_idle_minutes: number };
        const answer = update?.(change);
        if (answer) return answer;
        stored = {
          ...stored,
          ...(payload as Partial<PlantSettings>),
          session_idle_minutes: change.session_idle_minutes,
          version: stored.version + 1,
          updated_at: '2026-03-02T08:00:00Z',
          updated_by: 'USR-001',
        };
        return { ok: true, data: stored };
      }
      if (channel === 'reports.schedule')
        return {
          ok: true,
          data: { folder: stored.daily_report_folder, lastReportDate: null, nextRunAt: null, lastRun: null },
        };
      return { ok: false, error: { code: 'FORBIDDEN', message: 'not in this test' } };
    },
  });
  return calls;
}

const field = () => screen.getByLabelText('Sign out after this many minutes without activity');

describe('Plant settings: the idle timeout of sign-ins', () => {
  it('shows the current limit and saves a new one', async () => {
    const calls = fakeCore();
    const user = userEvent.setup();
    render(<PlantSettingsSection />);
    expect(await screen.findByDisplayValue('30')).toBe(field());
    expect(screen.getByText(/Every sign-in also ends 12 hours after it started/)).toBeTruthy();
    await user.clear(field());
    await user.type(field(), '15{Enter}');
    expect(await screen.findByRole('status')).toHaveProperty(
      'textContent',
      'Saved. A sign-in now ends after 15 minutes without activity.',
    );
    expect(calls).toContainEqual({
      channel: 'plantSettings.update',
      payload: { version: 0, session_idle_minutes: 15 },
    });
    // On this PC's clock, in the user's regional format (en-US here).
    expect(
      await screen.findByText(/^Last changed 0?3\/0?2\/2026 \d{1,2}:\d\d\s[AP]M by USR-001\.$/),
    ).toBeTruthy();
  });

  it('refuses a value out of bounds beside the field, without calling the core', async () => {
    const calls = fakeCore();
    const user = userEvent.setup();
    render(<PlantSettingsSection />);
    await screen.findByDisplayValue('30');
    for (const value of ['2', '721', '7.5', 'ten']) {
      await user.clear(field());
      await user.type(field(), `${value}{Enter}`);
      expect(screen.getByText('Enter a whole number of minutes from 5 to 720.')).toBeTruthy();
    }
    expect(calls.map((c) => c.channel).filter((c) => c !== 'reports.schedule')).toEqual([
      'plantSettings.get',
    ]);
  });

  it('places the core’s refusal beside the field, and reloads after another administrator’s save', async () => {
    let answer: Result<unknown> = {
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'session_idle_minutes: must be at least 5 minutes',
        issues: [{ path: 'session_idle_minutes', message: 'must be at least 5 minutes' }],
      },
    };
    const calls = fakeCore(() => answer);
    const user = userEvent.setup();
    render(<PlantSettingsSection />);
    await screen.findByDisplayValue('30');
    await user.clear(field());
    await user.type(field(), '20{Enter}');
    expect(await screen.findByText('Minutes without activity must be at least 5 minutes.')).toBeTruthy();
    answer = {
      ok: false,
      error: { code: 'CONFLICT', message: 'The plant settings were changed by someone else.' },
    };
    await user.click(screen.getByRole('button', { name: /^Save$/ }));
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      'The plant settings were changed by someone else.',
    );
    expect(calls.filter((c) => c.channel === 'plantSettings.get')).toHaveLength(2);
  });

  it('saves the report settings with the timeout as it is, and shows the morning job', async () => {
    const calls = fakeCore();
    const user = userEvent.setup();
    render(<PlantSettingsSection />);
    await screen.findByDisplayValue('30');
    expect(await screen.findByText('Last run: never.')).toBeTruthy();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Paper size' }), 'LETTER');
    await user.type(screen.getByLabelText(/Save yesterday’s daily reports to this folder/), '/srv/reports');
    await user.click(screen.getByRole('button', { name: 'Save report settings' }));
    expect(await screen.findByRole('status')).toHaveProperty(
      'textContent',
      "Saved. Reports print on Letter paper; yesterday's daily reports go to /srv/reports every morning.",
    );
    expect(calls).toContainEqual({
      channel: 'plantSettings.update',
      payload: {
        version: 0,
        session_idle_minutes: 30,
        report_paper_size: 'LETTER',
        daily_report_folder: '/srv/reports',
        daily_report_format: 'pdf',
        daily_report_hour: 6,
      },
    });
  });
});
