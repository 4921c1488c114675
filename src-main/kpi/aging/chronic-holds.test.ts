import { describe, expect, it } from 'vitest';
import {
  addHold,
  addOrder,
  CLIENT_B,
  context,
  kpiDb,
  LEADER_A,
  softDelete,
} from '../delivery/kpi-fixture.test-support';
import { chronicHolds } from './chronic-holds';

const Q = { from: '2025-12-01', to: '2025-12-31', asOf: '2025-12-31' };

describe('chronicHolds', () => {
  it('lists holds open at D aged 30 days or more, oldest first', () => {
    const sqlite = kpiDb();
    addOrder(sqlite, 'WO-1');
    addOrder(sqlite, 'WO-B', { client_id: CLIENT_B });
    addHold(sqlite, 'H-29', 'WO-1', '2025-12-02', { hold_reason: 'QUALITY_ISSUE' });
    addHold(sqlite, 'H-30', 'WO-1', '2025-12-01', { hold_reason: 'QUALITY_ISSUE' });
    addHold(sqlite, 'H-60', 'WO-1', '2025-11-01', {
      hold_status: 'PENDING_RESUME_APPROVAL',
      hold_reason: 'OTHER',
    });
    addHold(sqlite, 'H-RESUMED', 'WO-1', '2025-10-01', { hold_status: 'RESUMED', resume_date: '2025-12-30' });
    addHold(sqlite, 'H-DELETED', 'WO-1', '2025-10-01');
    softDelete(sqlite, 'hold_entry', 'hold_entry_id', 'H-DELETED');
    addHold(sqlite, 'H-B', 'WO-B', '2025-01-01');
    expect(chronicHolds(context(sqlite, Q, LEADER_A))).toEqual([
      {
        hold_entry_id: 'H-60',
        work_order_id: 'WO-1',
        client_id: 'CLIENT-A',
        hold_reason: 'OTHER',
        hold_date: '2025-11-01',
        age: 60,
      },
      {
        hold_entry_id: 'H-30',
        work_order_id: 'WO-1',
        client_id: 'CLIENT-A',
        hold_reason: 'QUALITY_ISSUE',
        hold_date: '2025-12-01',
        age: 30,
      },
    ]);
    expect(chronicHolds(context(sqlite, Q)).map((h) => h.hold_entry_id)).toEqual(['H-B', 'H-60', 'H-30']);
  });
});
