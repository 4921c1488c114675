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
 * Notes a call the core answered, at the time it was sent. The core stamped it when it arrived,
 * a moment later, so the window's idle deadline worked out from these times is never after the
 * core's: the lock comes first.
 */
export function noteCall(channel: string, sentAt: number): void {
  if (countsAsActivity(channel) && sentAt > lastActivity) lastActivity = sentAt;
}

/** When this window last sent a call that keeps its session alive (0: none yet). */
export function lastCoreActivity(): number {
  return lastActivity;
}
