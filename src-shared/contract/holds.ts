import { z } from 'zod';
import type { Row } from '../db/schema';
import { isTime } from '../tables/formats';
import { dateSchema } from '../tables/to-zod';
import { channel } from './channel';

const step = z.strictObject({
  key: z.strictObject({ hold_entry_id: z.string().min(1).max(50) }),
  version: z.number().int().min(1),
});

type Hold = Row<'hold_entry'>;

/**
 * The hold workflow of DATA.md: request (holds.create) → approve → request resume → approve
 * resume, or cancel. Each step names the version it saw, so two leaders cannot both act on it.
 */
export const holdChannels = {
  'holds.approve': channel<Hold>()(step),
  'holds.requestResume': channel<Hold>()(
    step.extend({
      resume_date: dateSchema().nullable().optional(),
      resume_time: z.string().refine(isTime, 'must be a time like 07:00 (24-hour)').nullable().optional(),
    }),
  ),
  'holds.approveResume': channel<Hold>()(step),
  'holds.rejectResume': channel<Hold>()(step),
  'holds.cancel': channel<Hold>()(step),
};
