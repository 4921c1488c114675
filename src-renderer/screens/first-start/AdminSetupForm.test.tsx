// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../src-shared/contract';
import { setTransport } from '../../api/client';
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
});
