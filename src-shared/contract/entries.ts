import { z } from 'zod';
import { SHIFT_TYPES } from '../domain/enums';
import { dateSchema } from '../tables/to-zod';
import { channel } from './channel';

export interface MarkAllPresentResult {
  created: number;
  alreadyRecorded: number;
  scheduledHours: number;
}

/** Shift-level actions on entries: start attendance for a shift, verify an entry. */
export const entryChannels = {
  'attendance.markAllPresent': channel<MarkAllPresentResult>()(
    z.strictObject({
      client_id: z.string().min(1).max(20),
      shift_date: dateSchema(),
      shift_type: z.enum(SHIFT_TYPES, { error: `must be one of ${SHIFT_TYPES.join(', ')}` }),
    }),
  ),
  'entries.verify': channel<Record<string, unknown>>()(
    z.strictObject({
      table: z.enum(['production_entry', 'attendance_entry', 'quality_entry']),
      key: z.record(z.string(), z.string().min(1).max(50)),
      version: z.number().int().min(1),
    }),
  ),
};
