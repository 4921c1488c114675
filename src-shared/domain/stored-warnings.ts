import { z } from 'zod';
import { RULE_CODES } from '../contract/rule-codes';
import { ENTRY_WARNING_CODES, type EntryWarning } from './entry-warnings';

/**
 * A row as the table channels answer it (list, get, create, update): its columns, and the entry
 * warnings (entry-warnings.ts) it carries, present only when it has some, for the grids' flags.
 */
export type WithWarnings<R> = R & { warnings?: EntryWarning[] };

const storedWarning: z.ZodType<EntryWarning> = z.object({
  code: z.enum(ENTRY_WARNING_CODES),
  path: z.string(),
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  wording: z.enum(RULE_CODES).optional(),
});

/**
 * The entry warnings a row answered by the core carries, typed; none when it has none. A grid
 * holds rows of any table as plain records, so this reads them from there without a cast; an
 * entry that is not a warning is left out rather than shown as something it is not.
 */
export function storedWarnings(row: Readonly<Record<string, unknown>> | null): EntryWarning[] {
  const warnings = row?.warnings;
  if (!Array.isArray(warnings)) return [];
  return warnings.flatMap((w: unknown) => {
    const parsed = storedWarning.safeParse(w);
    return parsed.success ? [parsed.data] : [];
  });
}
