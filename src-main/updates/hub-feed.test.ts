import { describe, expect, it } from 'vitest';
import { feedOfJoinAnswer } from './hub-feed';

const status = (hubUrl: string | null) => ({
  enrolled: hubUrl !== null,
  hubUrl,
  waiting: 0,
  openConflicts: 0,
});

describe('the update feed an enrolment sets', () => {
  it("is the hub's /updates/ folder when the PC was enrolled", () => {
    expect(feedOfJoinAnswer({ ok: true, data: { ok: true, status: status('http://plant-hub:8470') } })).toBe(
      'http://plant-hub:8470/updates/',
    );
  });

  it('is nothing when the enrolment failed or the call was refused', () => {
    expect(
      feedOfJoinAnswer({ ok: true, data: { ok: false, message: 'wrong password', status: status(null) } }),
    ).toBe(null);
    expect(feedOfJoinAnswer({ ok: false, error: { code: 'FORBIDDEN', message: 'no' } })).toBe(null);
  });
});
