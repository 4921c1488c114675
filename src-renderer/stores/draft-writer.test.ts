import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../src-shared/contract';
import { DRAFT_DEBOUNCE_MS, type DraftPut, DraftWriter } from './draft-writer';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function draft(units: string): DraftPut {
  return {
    key: 'k',
    clientId: 'BOOT-LINE-A',
    summary: 'Production for BOOT-LINE-A',
    body: {
      domain: 'production',
      location: {
        screen: 'production',
        client: 'BOOT-LINE-A',
        preset: 'today',
        custom: { from: '2026-03-02', to: '2026-03-02' },
        shift: { date: '2026-03-02', shift: 'SHIFT_1ST' },
      },
      rows: [{ key: null, version: null, texts: { units_produced: units } }],
    },
  };
}

/** A writer over a core whose next answers can be set, recording what it was sent. */
function writer() {
  const sent: string[] = [];
  const written: (string | null)[] = [];
  const states: string[] = [];
  let next: Result<unknown> | null = null;
  const answer = <T>(ok: T): Promise<Result<T>> => {
    const result = (next ?? { ok: true, data: ok }) as Result<T>;
    next = null;
    return Promise.resolve(result);
  };
  const w = new DraftWriter({
    put: (d) => {
      sent.push(`put ${d.body.rows[0]?.texts.units_produced}`);
      return answer({ kept: true as const, updatedAt: '2026-03-02T08:00:00.000Z' });
    },
    remove: (key) => {
      sent.push(`delete ${key}`);
      return answer({ deleted: true });
    },
    onWritten: (_key, kept) =>
      written.push(kept ? (kept.draft.body.rows[0]?.texts.units_produced ?? '') : null),
    onState: (_key, s) => states.push(s.problem ?? (s.pending ? 'pending' : 'written')),
  });
  return { w, sent, written, states, failNext: (r: Result<unknown>) => (next = r) };
}

describe('writing drafts', () => {
  it('writes only the latest state once typing pauses', async () => {
    const { w, sent, written } = writer();
    w.schedule('k', { kind: 'put', draft: draft('1') });
    vi.advanceTimersByTime(DRAFT_DEBOUNCE_MS - 1);
    w.schedule('k', { kind: 'put', draft: draft('12') });
    vi.advanceTimersByTime(DRAFT_DEBOUNCE_MS - 1);
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toEqual(['put 12']);
    expect(written).toEqual(['12']);
    w.schedule('k', { kind: 'delete' });
    await w.flush();
    expect(sent).toEqual(['put 12', 'delete k']);
    expect(written).toEqual(['12', null]);
  });

  it('flush writes what waits at once and reports nothing lost', async () => {
    const { w, sent } = writer();
    w.schedule('k', { kind: 'put', draft: draft('3') });
    expect(await w.flush()).toBe(0);
    expect(sent).toEqual(['put 3']);
    expect(w.has('k')).toBe(false);
  });

  it('keeps a draft the ended session could not write, and writes it at the next flush', async () => {
    const { w, sent, failNext } = writer();
    failNext({ ok: false, error: { code: 'UNAUTHENTICATED', message: 'Your session ended.' } });
    w.schedule('k', { kind: 'put', draft: draft('5') });
    expect(await w.flush()).toBe(1);
    expect(w.has('k')).toBe(true);
    expect(await w.flush()).toBe(0);
    expect(sent).toEqual(['put 5', 'put 5']);
  });

  it('reports a draft the core refuses for what it holds, and counts its rows as not kept', async () => {
    const { w, states, failNext } = writer();
    failNext({ ok: false, error: { code: 'VALIDATION', message: 'Too many drafts.' } });
    w.schedule('k', { kind: 'put', draft: draft('5') });
    expect(await w.flush()).toBe(1);
    expect(states.at(-1)).toBe('Too many drafts.');
    // A later state that is kept clears it.
    w.schedule('k', { kind: 'put', draft: draft('6') });
    expect(await w.flush()).toBe(0);
    expect(states.at(-1)).toBe('written');
  });

  it('forgets everything unwritten when the person leaves (their drafts are not the next person’s)', async () => {
    const { w, sent } = writer();
    w.schedule('k', { kind: 'put', draft: draft('5') });
    w.clear();
    await vi.advanceTimersByTimeAsync(DRAFT_DEBOUNCE_MS * 2);
    expect(await w.flush()).toBe(0);
    expect(sent).toEqual([]);
  });
});
