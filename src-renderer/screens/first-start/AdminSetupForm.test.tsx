// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../src-shared/contract';
import { setTransport } from '../../api/client';
import { useLocaleStore } from '../../i18n/locale-store';
import { useSessionStore } from '../../stores/session-store';
import { AdminSetupForm } from './AdminSetupForm';

afterEach(cleanup);

function fakeCore(answer: Result<unknown>) {
  const channels: string[] = [];
  setTransport({
    kind: 'http',
    invoke: async (channel) => {
      channels.push(channel);
      return answer;
    },
  });
  return channels;
}

async function fill(password: string, confirm: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Username'), 'ana');
  await user.type(screen.getByLabelText('Full name'), 'Ana Diaz');
  await user.type(screen.getByLabelText('Password'), password);
  await user.type(screen.getByLabelText('Confirm password'), `${confirm}{Enter}`);
}

describe('AdminSetupForm', () => {
  it('catches a mismatched confirmation beside the field, without calling the core', async () => {
    const channels = fakeCore({ ok: false, error: { code: 'INTERNAL', message: 'unexpected' } });
    render(<AdminSetupForm onBack={vi.fn()} onCreated={vi.fn()} />);
    await fill('long-enough-1', 'long-enough-2');
    const confirm = screen.getByLabelText('Confirm password');
    expect(confirm.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('The two passwords are not the same.')).toBeTruthy();
    expect(channels).toEqual([]);
  });

  it("places the core's field issues beside their fields", async () => {
    fakeCore({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'password: must be at least 8 characters',
        issues: [{ path: 'password', message: 'must be at least 8 characters' }],
      },
    });
    render(<AdminSetupForm onBack={vi.fn()} onCreated={vi.fn()} />);
    await fill('short', 'short');
    expect(await screen.findByText('Password must be at least 8 characters.')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe('Some values are not valid: see the marked fields.');
    expect(document.activeElement).toBe(screen.getByLabelText('Password'));
  });

  it('keeps a language chosen on the first start: the plant default and the administrator’s own', async () => {
    const me = {
      userId: 'USR-1',
      username: 'ana',
      fullName: 'Ana Diaz',
      role: 'ADMIN',
      clients: [],
      locale: { language: 'en', regionalFormat: 'en-US' },
    };
    const calls: Array<{ channel: string; payload: unknown }> = [];
    setTransport({
      kind: 'http',
      invoke: async (channel, payload): Promise<Result<unknown>> => {
        calls.push({ channel, payload });
        if (channel === 'plantSettings.get')
          return { ok: true, data: { version: 0, session_idle_minutes: 30 } };
        if (channel === 'auth.setLocale') return { ok: true, data: { ...me, locale: payload } };
        // A signed-in window looks for kept drafts at once: none here.
        if (channel.startsWith('drafts.')) return { ok: true, data: [] };
        return { ok: true, data: me };
      },
    });
    // Chosen on the first-start screen (the form itself is read here in English).
    useLocaleStore.setState({ firstStartChoice: { language: 'es', regionalFormat: 'es-HN' } });
    try {
      const created = vi.fn();
      render(<AdminSetupForm onBack={vi.fn()} onCreated={created} />);
      await fill('long-enough-1', 'long-enough-1');
      await vi.waitFor(() => expect(created).toHaveBeenCalled());
      // The first four calls; a signed-in window then reads its own settings and drafts.
      expect(calls.map((c) => c.channel).slice(0, 4)).toEqual([
        'auth.setupFirstAdmin',
        'plantSettings.get',
        'plantSettings.update',
        'auth.setLocale',
      ]);
      expect(calls[2]?.payload).toMatchObject({ default_language: 'es', default_regional_format: 'es-HN' });
      expect(useSessionStore.getState().me?.locale).toEqual({ language: 'es', regionalFormat: 'es-HN' });
    } finally {
      useLocaleStore.setState({ firstStartChoice: null });
      useLocaleStore.getState().apply({ language: 'en', regionalFormat: 'en-US' });
    }
  });
});
