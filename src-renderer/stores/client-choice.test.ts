import { describe, expect, it } from 'vitest';
import type { Me } from '../../src-shared/contract/auth';
import {
  type ChoiceStorage,
  choiceStorageKey,
  clientOptions,
  isClientFixed,
  readChoice,
  resolveChoice,
  writeChoice,
} from './client-choice';

const A = { client_id: 'BOOT-LINE-A', client_name: 'Boot Line A' };
const B = { client_id: 'APPAREL-B', client_name: 'Apparel B' };
const C = { client_id: 'TEXTILE-C', client_name: 'Textile C' };

const user = (role: Me['role'], clients: Me['clients'], userId = 'USR-1'): Me => ({
  userId,
  username: 'u',
  fullName: 'U',
  locale: { language: 'en', regionalFormat: 'en-US' },
  role,
  clients,
});

function memoryStorage(): ChoiceStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      data.set(key, value);
    },
  };
}

describe('client picker rules', () => {
  it("fixes an operator's one client and offers nothing else", () => {
    const operator = user('OPERATOR', [A]);
    expect(isClientFixed(operator)).toBe(true);
    expect(clientOptions(operator)).toEqual([{ value: 'BOOT-LINE-A', label: 'Boot Line A' }]);
    expect(resolveChoice(operator, null)).toBe('BOOT-LINE-A');
    // Even a remembered "all" or another client cannot widen an operator's view.
    expect(resolveChoice(operator, '*')).toBe('BOOT-LINE-A');
    expect(resolveChoice(operator, 'APPAREL-B')).toBe('BOOT-LINE-A');
  });

  it('offers admins and power users all clients first, and defaults to it', () => {
    for (const role of ['ADMIN', 'POWERUSER'] as const) {
      const me = user(role, [A, B, C]);
      expect(isClientFixed(me)).toBe(false);
      expect(clientOptions(me).map((o) => o.value)).toEqual([null, 'BOOT-LINE-A', 'APPAREL-B', 'TEXTILE-C']);
      expect(resolveChoice(me, null)).toBeNull();
    }
  });

  it('offers a leader exactly their clients, first one by default', () => {
    const leader = user('LEADER', [A, B]);
    expect(isClientFixed(leader)).toBe(false);
    expect(clientOptions(leader).map((o) => o.label)).toEqual(['Boot Line A', 'Apparel B']);
    expect(resolveChoice(leader, null)).toBe('BOOT-LINE-A');
    expect(resolveChoice(leader, '*')).toBe('BOOT-LINE-A');
  });

  it('remembers the choice per user', () => {
    const storage = memoryStorage();
    const first = user('ADMIN', [A, B], 'USR-1');
    const second = user('ADMIN', [A, B], 'USR-2');
    writeChoice(storage, 'USR-1', 'APPAREL-B');
    writeChoice(storage, 'USR-2', null);
    expect(storage.data.get(choiceStorageKey('USR-1'))).toBe('APPAREL-B');
    expect(readChoice(storage, first)).toBe('APPAREL-B');
    expect(readChoice(storage, second)).toBeNull();
  });

  it('falls back when the remembered client is no longer in the list', () => {
    const storage = memoryStorage();
    writeChoice(storage, 'USR-1', 'TEXTILE-C');
    expect(readChoice(storage, user('LEADER', [A, B]))).toBe('BOOT-LINE-A');
    expect(readChoice(storage, user('ADMIN', [A, B]))).toBeNull();
  });

  it('survives storage that throws', () => {
    const broken: ChoiceStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(readChoice(broken, user('ADMIN', [A]))).toBeNull();
    expect(() => writeChoice(broken, 'USR-1', 'BOOT-LINE-A')).not.toThrow();
  });
});
