// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../src-shared/contract';
import type { DatabaseStatus } from '../../../src-shared/contract/system';
import { setTransport } from '../../api/client';
import { FirstStartScreen } from './FirstStartScreen';

afterEach(cleanup);

const status = (state: DatabaseStatus['state']): DatabaseStatus => ({
  state,
  path: '/home/ana/.local/share/floorkpi/floorkpi.db',
  message: null,
  latestBackup: null,
});

function fakeCore(answers: Record<string, Result<unknown>>) {
  const channels: string[] = [];
  setTransport({
    kind: 'http',
    invoke: async (channel) => {
      channels.push(channel);
      return (
        answers[channel] ?? { ok: false, error: { code: 'INTERNAL', message: `no answer for ${channel}` } }
      );
    },
  });
  return channels;
}

const DEMO = {
  ok: true as const,
  data: { users: [{ username: 'admin', role: 'ADMIN' }], password: 'floorkpi-demo' },
};

describe('FirstStartScreen', () => {
  it('creates the database only when a choice is made, then loads the demo plant', async () => {
    const channels = fakeCore({
      'database.create': { ok: true, data: status('checking') },
      'setup.loadDemo': DEMO,
    });
    const onDemoLoaded = vi.fn();
    render(
      <FirstStartScreen database={status('missing')} onDemoLoaded={onDemoLoaded} onAdminCreated={vi.fn()} />,
    );
    expect(screen.getByText(/There is no FloorKPI database yet/)).toBeTruthy();
    expect(screen.getByText('/home/ana/.local/share/floorkpi/floorkpi.db')).toBeTruthy();
    expect(channels).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Start with demo data' }));
    expect(channels).toEqual(['database.create', 'setup.loadDemo']);
    expect(onDemoLoaded).toHaveBeenCalled();
  });

  it('creates the database before the first administrator form', async () => {
    const channels = fakeCore({ 'database.create': { ok: true, data: status('checking') } });
    render(<FirstStartScreen database={status('empty')} onDemoLoaded={vi.fn()} onAdminCreated={vi.fn()} />);
    expect(screen.getByText(/the file is empty/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Start empty' }));
    expect(channels).toEqual(['database.create']);
    expect(await screen.findByLabelText('Username')).toBeTruthy();
  });

  it('says why the database could not be created, and goes no further', async () => {
    const channels = fakeCore({
      'database.create': { ok: false, error: { code: 'INTERNAL', message: 'The folder is read-only.' } },
    });
    render(<FirstStartScreen database={status('missing')} onDemoLoaded={vi.fn()} onAdminCreated={vi.fn()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Start with demo data' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The database could not be created: The folder is read-only.',
    );
    expect(channels).toEqual(['database.create']);
  });

  it('asks the core for nothing more when the database already exists', async () => {
    const channels = fakeCore({ 'setup.loadDemo': DEMO });
    render(<FirstStartScreen database={status('ready')} onDemoLoaded={vi.fn()} onAdminCreated={vi.fn()} />);
    expect(screen.getByText('The database is empty. This plant has no users yet.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Start with demo data' }));
    expect(channels).toEqual(['setup.loadDemo']);
  });
});
