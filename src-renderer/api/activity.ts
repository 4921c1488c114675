import { PASSIVE_CHANNELS } from '../../src-shared/contract';

let lastActivity = 0;

/**
 * True when the core counts a call as the person's activity (contract's PASSIVE_CHANNELS are
 * not; update calls are answered by the desktop shell without the core; signing out ends it).
 */
export function countsAsActivity(channel: string): boolean {
  return !PASSIVE_CHANNELS.has(channel) && !channel.startsWith('updates.') && channel !== 'auth.logout';
}

/**
 * Notes a call as it is sent. The core stamps it when it arrives, a moment later, so the window's
 * idle deadline worked out from these times is never after the core's: the lock comes first.
 */
export function noteCall(channel: string, now: number = Date.now()): void {
  if (countsAsActivity(channel)) lastActivity = now;
}

/** When this window last sent a call that keeps its session alive (0: none yet). */
export function lastCoreActivity(): number {
  return lastActivity;
}
