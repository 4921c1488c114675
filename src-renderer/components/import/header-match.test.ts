import { describe, expect, it } from 'vitest';
import { TABLE_SPECS } from '../../../src-shared/tables/registry';
import { matchHeaders } from './header-match';

const spec = TABLE_SPECS.production_entry;

describe('matchHeaders', () => {
  it('matches column names in any case and with spaces around them', () => {
    const { matches, missing } = matchHeaders(spec, [
      ' Work_Order_ID ',
      'client_id',
      'SHIFT_DATE',
      'units_produced',
    ]);
    expect(matches.map((m) => [m.kind, m.column?.name])).toEqual([
      ['matched', 'work_order_id'],
      ['matched', 'client_id'],
      ['matched', 'shift_date'],
      ['matched', 'units_produced'],
    ]);
    expect(missing).toEqual([]);
  });

  it('says which headings are workflow state, which FloorKPI sets itself, which are unknown, and which are blank', () => {
    const { matches } = matchHeaders(spec, ['verified_by', 'version', 'units', '']);
    expect(matches.map((m) => m.kind)).toEqual(['workflow', 'ignored', 'unknown', 'blank']);
    expect(matchHeaders(TABLE_SPECS.hold_entry, ['Hold_Status']).matches[0]).toMatchObject({
      kind: 'workflow',
      column: { name: 'hold_status' },
    });
    expect(matchHeaders(TABLE_SPECS.employee, ['client_id_assigned']).matches[0]?.kind).toBe('ignored');
  });

  it('lists required columns the header leaves out (generated ones are not required)', () => {
    const { missing } = matchHeaders(spec, ['work_order_id', 'units_produced']);
    expect(missing.map((c) => c.name)).toEqual(['client_id', 'shift_date']);
  });
});
