// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../src-shared/contract';
import type { Me } from '../../../src-shared/contract/auth';
import type { Role } from '../../../src-shared/domain/roles';
import { setTransport } from '../../api/client';
import { useScopeStore } from '../../stores/scope-store';
import { AdminScreen } from './AdminScreen';

afterEach(() => {
  cleanup();
  useScopeStore.getState().reset();
});

/** A core with empty lists, recording the channels asked. */
function fakeCore() {
  const channels: string[] = [];
  setTransport({
    kind: 'http',
    async invoke(channel): Promise<Result<unknown>> {
      channels.push(channel);
      if (channel.endsWith('.list')) return { ok: true, data: { rows: [], total: 0 } };
      return { ok: false, error: { code: 'FORBIDDEN', message: 'not in this test' } };
    },
  });
  return channels;
}

function me(role: Role): Me {
  const clients = [
    { client_id: 'FOOTWEAR-D', client_name: 'Footwear D' },
    { client_id: 'GARMENT-E', client_name: 'Garment E' },
  ];
  return {
    userId: 'U1',
    username: 'someone',
    fullName: 'Some One',
    locale: { language: 'en', regionalFormat: 'en-US' },
    role,
    clients,
  };
}

const sectionNames = () =>
  within(screen.getByRole('navigation', { name: 'Admin sections' }))
    .getAllByRole('button')
    .map((b) => b.textContent);

describe('AdminScreen: each role sees the sections it may use', () => {
  it('lists every section for an administrator and opens Users first', async () => {
    const channels = fakeCore();
    render(<AdminScreen me={me('ADMIN')} />);
    expect(sectionNames()).toEqual([
      'Users',
      'Clients',
      'Targets & shifts',
      'Products & cycle times',
      'Part opportunities',
      'Defect types',
      'Reason lists',
      'Employees & floating pool',
      'Updates',
      'Plant settings',
      'Plant hub',
      'Backups',
    ]);
    expect(await screen.findByRole('heading', { name: 'Users' })).toBeTruthy();
    expect(channels).toContain('users.list');
  });

  it('gives a power user the lists but no Users or Clients', () => {
    fakeCore();
    render(<AdminScreen me={me('POWERUSER')} />);
    const names = sectionNames();
    expect(names).not.toContain('Users');
    expect(names).not.toContain('Clients');
    expect(names).toContain('Defect types');
    expect(names[0]).toBe('Targets & shifts');
  });

  it('gives a leader Targets & shifts (for the client they pick) and Updates', async () => {
    const channels = fakeCore();
    render(<AdminScreen me={me('LEADER')} />);
    expect(sectionNames()).toEqual(['Targets & shifts', 'Updates', 'Plant hub']);
    expect(screen.getByRole('heading', { name: 'Targets & shifts' })).toBeTruthy();
    // No client picked yet: the section asks for one of the leader's own, and loads nothing.
    const choice = screen.getByRole('combobox');
    expect(
      within(choice)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Choose a client…', 'Footwear D (FOOTWEAR-D)', 'Garment E (GARMENT-E)']);
    expect(channels).not.toContain('users.list');
    await userEvent.setup().selectOptions(choice, 'GARMENT-E');
    expect(await screen.findByRole('heading', { name: 'Shift calendar · GARMENT-E' })).toBeTruthy();
    expect(channels).toContain('clientSettings.list');
    expect(channels).not.toContain('users.list');
    expect(channels).not.toContain('clients.list');
  });

  it('tells an operator Admin is not theirs', () => {
    fakeCore();
    render(<AdminScreen me={me('OPERATOR')} />);
    expect(screen.queryByRole('navigation', { name: 'Admin sections' })).toBeNull();
    expect(screen.getByText(/Admin is for administrators, power users and leaders/)).toBeTruthy();
  });

  it('moves between sections with the arrow keys and opens one with Enter', async () => {
    fakeCore();
    render(<AdminScreen me={me('POWERUSER')} />);
    const user = userEvent.setup();
    const nav = screen.getByRole('navigation', { name: 'Admin sections' });
    within(nav).getByRole('button', { name: 'Targets & shifts' }).focus();
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(within(nav).getByRole('button', { name: 'Part opportunities' }).getAttribute('aria-current')).toBe(
      'page',
    );
    expect(screen.getByRole('heading', { name: 'Part opportunities' })).toBeTruthy();
  });
});
