// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../src-shared/contract';
import { setTransport } from '../../api/client';
import { NewUserForm } from './NewUserForm';

afterEach(cleanup);

const CLIENTS = [
  { client_id: 'BOOT-LINE-A', client_name: 'Boot Line A' },
  { client_id: 'APPAREL-B', client_name: 'Apparel B' },
  { client_id: 'TEXTILE-C', client_name: 'Textile C' },
];

/** A core that records each call and creates whatever user it is sent. */
function fakeCore() {
  const calls: { channel: string; payload: Record<string, unknown> }[] = [];
  setTransport({
    kind: 'http',
    async invoke(channel, payload): Promise<Result<unknown>> {
      const body = payload as Record<string, unknown>;
      calls.push({ channel, payload: body });
      return { ok: true, data: { ...body, user_id: 'USR-100', version: 1 } };
    },
  });
  return calls;
}

async function fillAccount(role: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Username'), 'leader.x');
  await user.type(screen.getByLabelText('Full name'), 'Lea Der');
  await user.selectOptions(screen.getByLabelText('Role'), role);
  await user.type(screen.getByLabelText('Password'), 'long-enough-1');
  await user.type(screen.getByLabelText('Confirm password'), 'long-enough-1');
  return user;
}

function renderForm() {
  const onCreated = vi.fn();
  render(<NewUserForm clients={CLIENTS} onCreated={onCreated} onCancel={vi.fn()} />);
  return onCreated;
}

const checklist = () => screen.getByRole('group', { name: 'Clients' });

describe('NewUserForm: the clients a role is given', () => {
  it('refuses a leader with no client, saying so beside the clients, without calling the core', async () => {
    const calls = fakeCore();
    const onCreated = renderForm();
    const user = await fillAccount('LEADER');
    expect(within(checklist()).getByText(/A leader works for one or more clients/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Create user' }));
    expect(within(checklist()).getByText('Pick at least one client for this leader.')).toBeTruthy();
    expect(checklist().getAttribute('aria-invalid')).toBe('true');
    expect(calls).toEqual([]);
    expect(onCreated).not.toHaveBeenCalled();
  });

  it('creates a leader for the two clients ticked', async () => {
    const calls = fakeCore();
    const onCreated = renderForm();
    const user = await fillAccount('LEADER');
    await user.click(within(checklist()).getByLabelText(/Boot Line A/));
    await user.click(within(checklist()).getByLabelText(/Textile C/));
    await user.click(screen.getByRole('button', { name: 'Create user' }));
    expect(calls.map((c) => c.channel)).toEqual(['users.create']);
    expect(calls[0]?.payload).toMatchObject({
      username: 'leader.x',
      role: 'LEADER',
      clients: ['BOOT-LINE-A', 'TEXTILE-C'],
      password: 'long-enough-1',
    });
    expect(onCreated).toHaveBeenCalledOnce();
  });

  it('refuses an operator with two clients: an operator works for exactly one', async () => {
    const calls = fakeCore();
    renderForm();
    const user = await fillAccount('OPERATOR');
    await user.click(within(checklist()).getByLabelText(/Boot Line A/));
    await user.click(within(checklist()).getByLabelText(/Apparel B/));
    await user.click(screen.getByRole('button', { name: 'Create user' }));
    expect(
      within(checklist()).getByText('An operator works for exactly one client; 2 are ticked.'),
    ).toBeTruthy();
    expect(calls).toEqual([]);
  });

  it('offers no clients to a power user and sends none, even if some were ticked for another role', async () => {
    const calls = fakeCore();
    renderForm();
    const user = await fillAccount('LEADER');
    await user.click(within(checklist()).getByLabelText(/Apparel B/));
    await user.selectOptions(screen.getByLabelText('Role'), 'POWERUSER');
    expect(screen.queryByRole('group', { name: 'Clients' })).toBeNull();
    expect(screen.getByText(/see every client: no clients to tick/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Create user' }));
    expect(calls[0]?.payload).toMatchObject({ role: 'POWERUSER', clients: [] });
  });

  it('catches a mistyped confirmation before sending anything', async () => {
    const calls = fakeCore();
    renderForm();
    const user = await fillAccount('ADMIN');
    await user.type(screen.getByLabelText('Confirm password'), 'x');
    await user.click(screen.getByRole('button', { name: 'Create user' }));
    expect(screen.getByText('The two passwords are not the same.')).toBeTruthy();
    expect(calls).toEqual([]);
  });
});
