import { describe, expect, it } from 'vitest';
import { contract } from '.';
import { adminChannels } from './admin';
import { crudChannels, dataChannels } from './data';
import { joinChannels } from './join';

describe('joinChannels', () => {
  it('joins maps into one with every channel of each', () => {
    const joined = joinChannels({ 'a.one': 1 }, { 'b.two': 2, 'b.three': 3 });
    expect(joined).toEqual({ 'a.one': 1, 'b.two': 2, 'b.three': 3 });
  });

  it('refuses a channel two maps define, naming it, instead of letting the later one win', () => {
    expect(() => joinChannels({ 'users.create': 'generic' }, { 'users.create': 'admin' })).toThrow(
      'Channel "users.create" is defined twice',
    );
  });

  it('refuses the generic CRUD users.create next to the admin one unless it is left out', () => {
    expect(() => joinChannels(crudChannels(), adminChannels)).toThrow('"users.create"');
    const joined = joinChannels(crudChannels({ except: ['users.create'] }), adminChannels);
    expect(joined['users.create']).toBe(adminChannels['users.create']);
  });
});

describe('the contract', () => {
  it('serves the admin users.create, which needs a password, and the generic users.update', () => {
    expect(Object.hasOwn(dataChannels, 'users.create')).toBe(false);
    expect(Object.hasOwn(dataChannels, 'users.update')).toBe(true);
    const request = { username: 'ana', full_name: 'Ana', role: 'LEADER', clients: ['C1'] };
    const refused = contract['users.create'].input.safeParse(request);
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['password']);
  });
});
