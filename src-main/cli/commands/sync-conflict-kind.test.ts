import { describe, expect, it } from 'vitest';
import { CONFLICT_KINDS } from '../../../src-shared/sync/protocol';
import { cliText } from '../i18n/cli-words';
import { conflictKindText } from './sync';

describe('sync conflicts: the kind of a conflict in words', () => {
  const kinds = [...CONFLICT_KINDS, 'refused', 'pulled_clash'];

  it('words every kind a PC records, differently in English and Spanish', () => {
    for (const kind of kinds) {
      const en = conflictKindText(kind, cliText('en'));
      const es = conflictKindText(kind, cliText('es'));
      expect(en).not.toBe(kind);
      expect(es).not.toBe(kind);
      expect(es).not.toBe(en);
    }
    expect(new Set(kinds.map((k) => conflictKindText(k, cliText('es')))).size).toBe(kinds.length);
  });

  it('shows a kind it does not know as its code, never an empty word', () => {
    expect(conflictKindText('future_kind', cliText('es'))).toBe('future_kind');
  });
});
