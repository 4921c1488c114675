import type { Result } from '../../src-shared/contract';
import { isProgressReport, type ProgressReport } from '../../src-shared/contract/progress';

/** Carries one channel call to the core; resolves to a `Result` and never rejects. */
export interface Transport {
  readonly kind: 'ipc' | 'http';
  invoke(channel: string, payload: unknown): Promise<Result<unknown>>;
  /** Hears the progress of this page's long calls until the returned function is called (absent: none). */
  onProgress?(listener: (report: ProgressReport) => void): () => void;
}

/** How often the browser page asks how far a long call has got. */
export const PROGRESS_POLL_MS = 250;

const TOKEN_KEY = 'floorkpi.token';

const fail = (code: 'INTERNAL' | 'UNAUTHENTICATED', message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return v.ok === true ? 'data' in v : v.ok === false && typeof v.error === 'object' && v.error !== null;
}

/** The Electron transport: the preload's bridge, which the main process relays to the core. */
export function createIpcTransport(bridge: NonNullable<Window['floorkpi']>): Transport {
  return {
    kind: 'ipc',
    async invoke(channel, payload) {
      try {
        return await bridge.invoke(channel, payload);
      } catch {
        return fail('INTERNAL', 'The FloorKPI window lost contact with its data; restart the app.');
      }
    },
    onProgress(listener) {
      return bridge.onProgress((report) => {
        if (isProgressReport(report)) listener(report);
      });
    },
  };
}

/** The browser-host transport: POST /api/invoke with the launch token; the session rides in a cookie. */
export function createHttpTransport(token: string | null, fetchImpl: typeof fetch = fetch): Transport {
  return {
    kind: 'http',
    async invoke(channel, payload) {
      let response: Response;
      try {
        response = await fetchImpl('/api/invoke', {
          method: 'POST',
          credentials: 'same-origin',
          // The channel rides in a header too: only a signed-in import may send a file-sized body.
          headers: {
            'content-type': 'application/json',
            'x-floorkpi-token': token ?? '',
            'x-floorkpi-channel': channel,
          },
          body: JSON.stringify({ channel, payload }),
        });
      } catch {
        return fail(
          'INTERNAL',
          'FloorKPI is not reachable. It may have been stopped: start it again and open the link it prints.',
        );
      }
      const body: unknown = await response.json().catch(() => undefined);
      if (isResult(body)) return body;
      return fail(
        'INTERNAL',
        `FloorKPI answered in a way this page does not understand (HTTP ${response.status}).`,
      );
    },
    // HTTP cannot push, so the page polls while someone listens; a failed poll just waits for the next.
    onProgress(listener) {
      let polling = false;
      const poll = async (): Promise<void> => {
        if (polling) return;
        polling = true;
        try {
          const response = await fetchImpl('/api/progress', {
            credentials: 'same-origin',
            headers: { 'x-floorkpi-token': token ?? '' },
          });
          const body: unknown = await response.json();
          if (isResult(body) && body.ok && isProgressReport(body.data)) listener(body.data);
        } catch {
          // The call's own answer reports a lost host; a missing progress report is harmless.
        } finally {
          polling = false;
        }
      };
      const timer = setInterval(() => void poll(), PROGRESS_POLL_MS);
      return () => clearInterval(timer);
    },
  };
}

/**
 * Takes the launch token from `?token=` once, keeps it for this tab only, and removes it from the
 * address bar so it is not left in history, bookmarks or screenshots.
 */
export function takeLaunchToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    window.sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return window.sessionStorage.getItem(TOKEN_KEY);
}

/** The transport for where this page runs: Electron's bridge if present, else the browser host. */
export function defaultTransport(): Transport {
  return window.floorkpi ? createIpcTransport(window.floorkpi) : createHttpTransport(takeLaunchToken());
}
