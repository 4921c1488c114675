import { invoke } from '../../api/client';
import { useSessionStore } from '../../stores/session-store';

/**
 * Asks the core for the signed-in user again, so a client just created (or renamed) appears in
 * the header's client picker without signing out. The session stays as it is when the call fails.
 */
export async function refreshMe(): Promise<void> {
  const result = await invoke('auth.me', {});
  if (result.ok && result.data) useSessionStore.getState().adopt(result.data);
}
