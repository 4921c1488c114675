import { beforeEach, describe, expect, it } from 'vitest';
import { confirmLeave, leaveQuestion, unsavedTotal, useUnsavedStore } from './unsaved-store';

beforeEach(() => useUnsavedStore.setState({ counts: {} }));

describe('unsaved rows', () => {
  it('adds the counts of every grid and forgets a closed one', () => {
    const { report, forget } = useUnsavedStore.getState();
    report('production', 2);
    report('downtime', 1);
    expect(unsavedTotal(useUnsavedStore.getState().counts)).toBe(3);
    report('production', 0);
    forget('downtime');
    expect(useUnsavedStore.getState().counts).toEqual({});
  });

  it('asks before leaving only when something is unsaved', () => {
    const asked: string[] = [];
    const ask = (question: string) => {
      asked.push(question);
      return false;
    };
    expect(confirmLeave(ask)).toBe(true);
    useUnsavedStore.getState().report('production', 3);
    expect(confirmLeave(ask)).toBe(false);
    expect(confirmLeave(() => true)).toBe(true);
    expect(asked).toEqual(['You have 3 unsaved rows. Leave without saving?']);
    expect(leaveQuestion(1)).toBe('You have 1 unsaved row. Leave without saving?');
  });
});
