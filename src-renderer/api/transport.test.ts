import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHttpTransport, PROGRESS_POLL_MS } from './transport';

afterEach(() => {
  vi.useRealTimers();
});

/** A fetch that answers /api/progress from a script and records what was asked. */
function scriptedFetch(answers: unknown[]) {
  const asked: { url: string; token: string | null }[] = [];
  const fetchImpl = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
    asked.push({ url: String(url), token: new Headers(init?.headers).get('x-floorkpi-token') });
    const next = answers.shift();
    if (next instanceof Error) throw next;
    return new Response(JSON.stringify(next));
  });
  return { asked, fetchImpl: fetchImpl as unknown as typeof fetch };
}

describe('the browser transport’s calls', () => {
  it('names the channel in a header, so the host applies the right body limit before reading it', async () => {
    let headers: Headers | undefined;
    const fetchImpl = vi.fn(async (_url: string | URL | Request, init?: RequestInit) => {
      headers = new Headers(init?.headers);
      return new Response(JSON.stringify({ ok: true, data: null }));
    });
    await createHttpTransport('tok', fetchImpl as unknown as typeof fetch).invoke('csv.import', {});
    expect(headers?.get('x-floorkpi-channel')).toBe('csv.import');
    expect(headers?.get('x-floorkpi-token')).toBe('tok');
  });
});

describe('the browser transport’s progress', () => {
  it('polls with the launch token while someone listens, passes on reports, and stops when told', async () => {
    vi.useFakeTimers();
    const report = { channel: 'csv.import', done: 4000, total: 10000 };
    const { asked, fetchImpl } = scriptedFetch([
      { ok: true, data: null },
      new Error('host busy'),
      { ok: true, data: { channel: 'csv.import', done: 'half' } },
      { ok: true, data: report },
    ]);
    const heard: unknown[] = [];
    const stop = createHttpTransport('tok', fetchImpl).onProgress?.((r) => heard.push(r));
    await vi.advanceTimersByTimeAsync(PROGRESS_POLL_MS * 4);
    expect(asked).toEqual(Array.from({ length: 4 }, () => ({ url: '/api/progress', token: 'tok' })));
    // Nothing running, a failed poll and a malformed report are all silent.
    expect(heard).toEqual([report]);
    stop?.();
    await vi.advanceTimersByTimeAsync(PROGRESS_POLL_MS * 4);
    expect(asked).toHaveLength(4);
  });
});
