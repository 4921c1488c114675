import { z } from 'zod';
import { channel } from './channel';

/** The demo sign-ins the first-start screen shows after loading the demo plant. */
export interface DemoSignIns {
  users: { username: string; role: string }[];
  /** The one password of every demo user. */
  password: string;
}

/** First-start choices that exist only while the database has no user. */
export const setupChannels = {
  /**
   * "Start with demo data": fills the empty database with the demo plant (seed 1, ending today)
   * and answers with the demo sign-ins. FORBIDDEN once the database has a user.
   */
  'setup.loadDemo': channel<DemoSignIns>()(z.strictObject({})),
};
