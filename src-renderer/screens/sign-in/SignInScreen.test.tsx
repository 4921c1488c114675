// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../src-shared/contract';
import type { Me } from '../../../src-shared/contract/auth';
import { setTransport } from '../../api/client';
import { useSessionStore } from '../../stores/session-store';
import { SignInScreen } from './SignInScreen';

const ME: Me = {
  userId: 'USR-1',
  username: 'ana',
  fullName: 'Ana Diaz',
  locale: { language: 'en', regionalFormat: 'en-US' },
  role: 'ADMIN',
  clients: [],
};

/**
 * Answers auth.login with `answer` and records what was sent; what a signed-in window reads next
 * (its drafts, the plant's idle limit) answers plainly and is not recorded.
 */
function fakeLogin(answer: Result<unknown> | Promise<Result<unknown>>) {
  const calls: { channel: string; payload: unknown }[] = [];
  setTransport({
    kind: 'http',
    invoke: async (channel, payload) => {
      if (channel === 'drafts.list') return { ok: true, data: [] };
      if (channel === 'plantSettings.get') return { ok: true, data: { session_idle_minutes: 30 } };
      calls.push({ channel, payload });
      return answer;
    },
  });
  return calls;
}

beforeEach(() => {
  useSessionStore.setState({ status: 'signed-out', me: null, notice: null });
});
afterEach(cleanup);

describe('SignInScreen', () => {
  it('starts in the username field', () => {
    render(<SignInScreen demo={null} />);
    expect(document.activeElement).toBe(screen.getByLabelText('Username'));
  });

  it('says a wrong password in plain words and lets the user retype it', async () => {
    const calls = fakeLogin({
      ok: false,
      error: { code: 'UNAUTHENTICATED', message: 'Wrong username or password.' },
    });
    const user = userEvent.setup();
    render(<SignInScreen demo={null} />);
    await user.type(screen.getByLabelText('Username'), 'ana');
    await user.type(screen.getByLabelText('Password'), 'nope{Enter}');

    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'Wrong username or password.');
    expect(calls).toEqual([{ channel: 'auth.login', payload: { username: 'ana', password: 'nope' } }]);
    expect(screen.getByLabelText('Password')).toHaveProperty('value', '');
    expect(document.activeElement).toBe(screen.getByLabelText('Password'));
    expect(useSessionStore.getState().status).toBe('signed-out');
  });

  it('passes on the minutes of a lock', async () => {
    fakeLogin({
      ok: false,
      error: { code: 'LOCKED', message: 'Too many failed sign-ins for ana. Try again in 4 minutes.' },
    });
    const user = userEvent.setup();
    render(<SignInScreen demo={null} />);
    await user.type(screen.getByLabelText('Username'), 'ana');
    await user.type(screen.getByLabelText('Password'), 'secret-pass{Enter}');
    expect((await screen.findByRole('alert')).textContent).toContain('Try again in 4 minutes.');
  });

  it('disables the button while the call runs, then signs in', async () => {
    let answer: (result: Result<unknown>) => void = () => undefined;
    fakeLogin(new Promise((resolve) => (answer = resolve)));
    const user = userEvent.setup();
    render(<SignInScreen demo={null} />);
    await user.type(screen.getByLabelText('Username'), 'ana');
    await user.type(screen.getByLabelText('Password'), 'secret-pass{Enter}');
    expect(screen.getByRole('button', { name: 'Sign in' })).toHaveProperty('disabled', true);
    answer({ ok: true, data: ME });
    await expect.poll(() => useSessionStore.getState().status).toBe('signed-in');
    expect(useSessionStore.getState().me).toEqual(ME);
  });

  it('asks for a missing username without calling the core', async () => {
    const calls = fakeLogin({ ok: true, data: ME });
    const user = userEvent.setup();
    render(<SignInScreen demo={null} />);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByRole('alert').textContent).toBe('Enter your username.');
    expect(calls).toEqual([]);
  });
});
