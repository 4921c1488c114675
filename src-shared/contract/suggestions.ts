import { z } from 'zod';
import { channel } from './channel';

/** A spelling already used in a free-text field, and on how many rows. */
export interface UsedValue {
  value: string;
  uses: number;
}

/**
 * Read-only lists of what a client's rows already say in a free-text field, so the grid can offer
 * the existing spelling ("Final audit") instead of a new one ("FINAL_AUDIT") that a KPI would count
 * apart (RTY multiplies one FPY per distinct operation).
 */
export const suggestionChannels = {
  /** The operations named in the quality entries of the clients asked for (all of the caller's when none). */
  'quality.operations': channel<{ values: UsedValue[] }>()(
    z.strictObject({
      clientIds: z.array(z.string().min(1).max(20)).max(200).optional(),
    }),
  ),
};
