import { z } from 'zod';
import { channel } from './channel';

/** Bounds of the idle timeout an administrator may choose, in minutes (the database checks them too). */
export const SESSION_IDLE_MINUTES = { min: 5, max: 720, default: 30 } as const;

/**
 * Every sign-in ends this many hours after it started, active or not: one long shift. Not a
 * setting, so a forgotten window on a floor PC never stays signed in overnight.
 */
export const SESSION_ABSOLUTE_HOURS = 12;

/** Plant-wide settings; `version` 0 means never saved (the defaults apply). */
export interface PlantSettings {
  session_idle_minutes: number;
  /** The fixed absolute limit, for the screen to say. */
  session_absolute_hours: number;
  version: number;
  updated_at: string | null;
  updated_by: string | null;
}

const idleMinutes = z
  .number({ error: 'must be a number of minutes' })
  .int('must be a whole number of minutes')
  .min(SESSION_IDLE_MINUTES.min, `must be at least ${SESSION_IDLE_MINUTES.min} minutes`)
  .max(SESSION_IDLE_MINUTES.max, `must be at most ${SESSION_IDLE_MINUTES.max} minutes (12 hours)`);

/** The plant's settings: read by anyone signed in, changed by an ADMIN (audited, versioned). */
export const plantSettingsChannels = {
  'plantSettings.get': channel<PlantSettings>()(z.strictObject({})),
  'plantSettings.update': channel<PlantSettings>()(
    z.strictObject({
      version: z.number({ error: 'must be the version you last read' }).int().min(0),
      session_idle_minutes: idleMinutes,
    }),
  ),
};
