import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

/** This PC's update settings, kept in the user-data folder beside the database. */
export interface UpdateSettings {
  /** The feed address an administrator set in the Admin screen; null: use the default. */
  feedUrl: string | null;
}

const schema = z.object({ feedUrl: z.string().max(500).nullable().catch(null) });

/** Reads and writes update-settings.json; a missing or damaged file reads as the defaults. */
export class UpdateSettingsFile {
  constructor(private readonly path: string) {}

  read(): UpdateSettings {
    try {
      const parsed = schema.safeParse(JSON.parse(readFileSync(this.path, 'utf8')));
      return parsed.success ? parsed.data : { feedUrl: null };
    } catch {
      return { feedUrl: null };
    }
  }

  /** Replaces the file in one rename, so a crash leaves the old settings or the new, never half. */
  write(settings: UpdateSettings): void {
    const temp = `${this.path}.tmp`;
    writeFileSync(temp, `${JSON.stringify(settings, null, 2)}\n`, { mode: 0o600 });
    renameSync(temp, this.path);
  }
}
