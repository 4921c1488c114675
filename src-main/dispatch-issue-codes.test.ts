import { describe, expect, it } from 'vitest';
import { plantSettingsChannels } from '../src-shared/contract/plant-settings';
import { updateChannels } from '../src-shared/contract/updates';
import { fieldIssues } from './dispatch';

type Schema = { safeParse(value: unknown): { success: boolean; error?: unknown } };

/** The field issues the core answers for a payload the channel's schema refuses. */
function issuesOf(schema: Schema, payload: unknown) {
  const parsed = schema.safeParse(payload);
  if (parsed.success) throw new Error('expected the schema to refuse the payload');
  return fieldIssues(parsed.error as Parameters<typeof fieldIssues>[0]);
}

// The schemas' own checks (a feed address, a report folder) travel as codes the window words in
// the user's language; their English sentence stays for logs and the CLI.
describe("the schemas' own checks as issue codes", () => {
  it('names why an update feed address is refused', () => {
    const setFeed = updateChannels['updates.setFeed'].input;
    expect(issuesOf(setFeed, { url: 'ftp://hub/updates/' })).toEqual([
      { path: 'url', message: 'must start with http:// or https://', code: 'feedUrl.scheme' },
    ]);
    expect(issuesOf(setFeed, { url: 'http://it:secret@hub/updates/' })[0]?.code).toBe('feedUrl.credentials');
    expect(issuesOf(setFeed, { url: 'hub' })[0]?.code).toBe('feedUrl.notAddress');
  });

  it('names a report folder that is not a full path, and keeps zod codes for the rest', () => {
    const update = plantSettingsChannels['plantSettings.update'].input;
    const issues = issuesOf(update, {
      version: 1,
      session_idle_minutes: 2,
      daily_report_folder: 'reports',
      daily_report_hour: 24,
    });
    expect(issues).toEqual([
      expect.objectContaining({
        path: 'session_idle_minutes',
        code: 'too_small',
        params: expect.objectContaining({ minimum: 5 }),
      }),
      expect.objectContaining({ path: 'daily_report_folder', code: 'folder.notAbsolute' }),
      expect.objectContaining({
        path: 'daily_report_hour',
        code: 'too_big',
        params: expect.objectContaining({ maximum: 23 }),
      }),
    ]);
  });
});
