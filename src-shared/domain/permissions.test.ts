import { describe, expect, it } from 'vitest';
import { may } from './permissions';
import { ROLES } from './roles';

describe('may', () => {
  it('lets every role enter shift data and read it', () => {
    for (const role of ROLES) {
      expect(may(role, 'production_entry', 'create')).toBe(true);
      expect(may(role, 'production_entry', 'read')).toBe(true);
    }
  });

  it('keeps planning from operators and reference lists from leaders', () => {
    expect(ROLES.filter((role) => may(role, 'work_order', 'create'))).toEqual([
      'ADMIN',
      'POWERUSER',
      'LEADER',
    ]);
    expect(ROLES.filter((role) => may(role, 'product', 'update'))).toEqual(['ADMIN', 'POWERUSER']);
  });

  it("lets a leader change a client's settings but only an admin add them", () => {
    expect(may('LEADER', 'client_config', 'update')).toBe(true);
    expect(may('LEADER', 'client_config', 'create')).toBe(false);
    expect(may('ADMIN', 'client_config', 'create')).toBe(true);
  });

  it('lets nobody touch a table it does not know', () => {
    for (const role of ROLES) expect(may(role, 'sqlite_master', 'read')).toBe(false);
  });
});
