import { z } from 'zod';
import { channel } from './channel';

export interface SystemInfo {
  appName: string;
  version: string;
  /** Which transport serves this renderer: the Electron shell or the loopback browser host. */
  host: 'electron' | 'browser';
  schemaVersion: number;
  /** True until the first user exists; the renderer then shows the first-start screen. */
  needsSetup: boolean;
}

/** Channels about the running app itself; none needs a signed-in user. */
export const systemChannels = {
  'system.info': channel<SystemInfo>()(z.object({}).strict()),
  'system.ping': channel<{ pong: string }>()(z.object({ echo: z.string().max(200) }).strict()),
};
