import { beforeEach, describe, expect, it } from 'vitest';
import {
  confirmLeave,
  confirmScopeChange,
  leaveQuestion,
  unsavedTotal,
  useUnsavedStore,
} from './unsaved-store';

beforeEach(() => useUnsavedStore.setState({ counts: {}, places: {} }));

const SHIFT_GRID = 'My shift › Production for BOOT-LINE-A, 2026-03-02 1st shift';

describe('unsaved rows', () => {
  it('adds the counts of every grid and forgets a closed one', () => {
    const { report, forget } = useUnsavedStore.getState();
    report('production', 2, SHIFT_GRID);
    report('downtime', 1);
    expect(unsavedTotal(useUnsavedStore.getState().counts)).toBe(3);
    report('production', 0);
    forget('downtime');
    expect(useUnsavedStore.getState()).toMatchObject({ counts: {}, places: {} });
  });

  it('asks before leaving only when something is unsaved, and says where the rows belong', () => {
    const asked: string[] = [];
    const ask = (question: string) => {
      asked.push(question);
      return false;
    };
    expect(confirmLeave(ask)).toBe(true);
    useUnsavedStore.getState().report('production', 3, SHIFT_GRID);
    expect(confirmLeave(ask)).toBe(false);
    expect(confirmLeave(() => true)).toBe(true);
    expect(asked).toEqual([
      `You have 3 unsaved rows on ${SHIFT_GRID}. They stay kept as a draft for you on this PC, to restore later. Leave without saving?`,
    ]);
    expect(leaveQuestion({ a: 1 })).toBe(
      'You have 1 unsaved row. They stay kept as a draft for you on this PC, to restore later. Leave without saving?',
    );
  });

  it('asks before the date, shift or client changes under unsaved rows, naming where they will be saved', () => {
    const asked: string[] = [];
    const no = (question: string) => {
      asked.push(question);
      return false;
    };
    expect(confirmScopeChange('2026-03-03, 2nd shift', no)).toBe(true);
    useUnsavedStore.getState().report('production', 2, SHIFT_GRID);
    useUnsavedStore
      .getState()
      .report('downtime', 1, 'My shift › Downtime for BOOT-LINE-A, 2026-03-02 1st shift');
    expect(confirmScopeChange('2026-03-03, 2nd shift', no)).toBe(false);
    expect(asked).toEqual([
      `You have 3 unsaved rows on ${SHIFT_GRID}; My shift › Downtime for BOOT-LINE-A, 2026-03-02 1st shift. They stay on screen and will be saved there, not for 2026-03-03, 2nd shift. Change to 2026-03-03, 2nd shift anyway?`,
    ]);
  });
});
