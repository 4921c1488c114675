import { describe, expect, it } from 'vitest';
import { ROLES } from '../../../src-shared/domain/roles';
import { sectionsFor } from './admin-sections';

const ids = (role: Parameters<typeof sectionsFor>[0]) => sectionsFor(role).map((s) => s.id);

describe('sectionsFor', () => {
  it('gives an administrator every section, users and clients first', () => {
    expect(ids('ADMIN')).toEqual([
      'users',
      'clients',
      'targets',
      'products',
      'part-opportunities',
      'defect-types',
      'reason-lists',
      'employees',
      'updates',
      'plant',
      'hub',
      'backups',
    ]);
  });

  it('gives a power user the lists, targets and shifts, but not users or clients', () => {
    expect(ids('POWERUSER')).toEqual([
      'targets',
      'products',
      'part-opportunities',
      'defect-types',
      'reason-lists',
      'employees',
      'updates',
      'hub',
    ]);
  });

  it('gives a leader targets and shifts, updates, and the plant hub', () => {
    expect(ids('LEADER')).toEqual(['targets', 'updates', 'hub']);
  });

  it('gives an operator nothing', () => {
    expect(ids('OPERATOR')).toEqual([]);
  });

  it('never offers users, clients or the plant settings to anyone but an administrator', () => {
    for (const role of ROLES.filter((r) => r !== 'ADMIN')) {
      expect(ids(role)).not.toContain('users');
      expect(ids(role)).not.toContain('clients');
      expect(ids(role)).not.toContain('plant');
    }
  });
});
