// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Me } from '../../src-shared/contract/auth';
import { choiceStorageKey } from '../stores/client-choice';
import { useScopeStore } from '../stores/scope-store';
import { ClientPicker } from './ClientPicker';

const A = { client_id: 'BOOT-LINE-A', client_name: 'Boot Line A' };
const B = { client_id: 'APPAREL-B', client_name: 'Apparel B' };
const C = { client_id: 'TEXTILE-C', client_name: 'Textile C' };

const user = (userId: string, role: Me['role'], clients: Me['clients']): Me => ({
  userId,
  username: userId.toLowerCase(),
  fullName: userId,
  locale: { language: 'en', regionalFormat: 'en-US' },
  role,
  clients,
});

/** Signs `me` into the scope store, as the session store does, and renders the picker. */
function show(me: Me) {
  act(() => useScopeStore.getState().adoptUser(me));
  return render(<ClientPicker me={me} />);
}

beforeEach(() => {
  localStorage.clear();
  useScopeStore.getState().reset();
});
afterEach(cleanup);

describe('ClientPicker', () => {
  it("shows an operator's client as fixed text, with nothing to pick", () => {
    show(user('USR-OP', 'OPERATOR', [A]));
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.getByTestId('client-fixed').textContent).toBe('Boot Line A');
  });

  it('offers an administrator all clients and each client', () => {
    show(user('USR-AD', 'ADMIN', [A, B, C]));
    const options = screen.getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual(['All clients', 'Boot Line A', 'Apparel B', 'Textile C']);
    expect(screen.getByRole('combobox')).toHaveProperty('value', '');
  });

  it('offers a leader exactly their clients', () => {
    show(user('USR-LD', 'LEADER', [A, B]));
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Boot Line A', 'Apparel B']);
  });

  it('remembers the pick per user', async () => {
    const first = user('USR-1', 'ADMIN', [A, B]);
    const second = user('USR-2', 'ADMIN', [A, B]);
    const view = show(first);
    await userEvent.setup().selectOptions(screen.getByRole('combobox'), 'Apparel B');
    expect(localStorage.getItem(choiceStorageKey('USR-1'))).toBe('APPAREL-B');
    view.unmount();

    // Another user at the same PC starts from their own default…
    const other = show(second);
    expect(screen.getByRole('combobox')).toHaveProperty('value', '');
    other.unmount();

    // …and the first user gets their client back.
    show(first);
    expect(screen.getByRole('combobox')).toHaveProperty('value', 'APPAREL-B');
  });

  it('falls back when the remembered client is no longer theirs', () => {
    localStorage.setItem(choiceStorageKey('USR-LD'), 'TEXTILE-C');
    show(user('USR-LD', 'LEADER', [A, B]));
    expect(screen.getByRole('combobox')).toHaveProperty('value', 'BOOT-LINE-A');
    expect(useScopeStore.getState().client).toBe('BOOT-LINE-A');
  });
});
