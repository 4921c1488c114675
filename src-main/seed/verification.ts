import { addDays } from './dates';
import type { Random } from './random';
import { lastDayOf, momentOf, type SeedContext } from './seed-context';

/**
 * Most rows older than the last two days carry a leader's verification the next morning (DATA.md:
 * verification is LEADER and up); recent rows and a few older ones are still waiting for it.
 */
export function verification(
  ctx: SeedContext,
  date: string,
  random: Random,
  byColumn: string,
): Record<string, string | null> {
  const next = addDays(date, 1);
  if (next >= lastDayOf(ctx) || !random.chance(0.8)) return { [byColumn]: null, verified_at: null };
  return {
    [byColumn]: ctx.staff.approver,
    verified_at: momentOf(ctx, next, `09:${String(random.int(0, 59)).padStart(2, '0')}`),
  };
}
