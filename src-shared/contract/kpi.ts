import { z } from 'zod';
import { SHIFT_TYPES } from '../domain/enums';
import type { Breakdown, ClientComparison, Dashboard, Trend } from '../kpi/dashboard';
import { BREAKDOWN_KINDS } from '../kpi/dashboard';
import { DIMENSIONS } from '../kpi/dimensions';
import type { KpiReport } from '../kpi/report';
import { KPI_KEYS } from '../kpi/result';
import { isIsoDate } from '../tables/formats';
import { channel } from './channel';

const isoDate = z.string().refine(isIsoDate, 'must be a real date like 2026-03-02');

const scope = {
  clientIds: z.array(z.string().min(1).max(20)).max(500).optional(),
  from: isoDate,
  to: isoDate,
  asOf: isoDate.optional(),
  /** One shift of each date (the dashboard's "This shift"); absent: every shift. */
  shift: z.enum(SHIFT_TYPES).optional(),
};

const fromBeforeTo = (q: { from: string; to: string }) => q.from <= q.to;
const rangeError = { message: 'must not be after "to"', path: ['from'] };

/** The KPI engine's channels: the full report, the dashboard, trends, breakdowns and comparisons. */
export const kpiChannels = {
  'kpi.report': channel<KpiReport>()(
    z.strictObject({ ...scope, by: z.enum(DIMENSIONS).optional() }).refine(fromBeforeTo, rangeError),
  ),
  'kpi.dashboard': channel<Dashboard>()(z.strictObject(scope).refine(fromBeforeTo, rangeError)),
  'kpi.trend': channel<Trend>()(
    z
      .strictObject({ ...scope, kpi: z.enum(KPI_KEYS), by: z.enum(['day', 'week', 'month']) })
      .refine(fromBeforeTo, rangeError),
  ),
  'kpi.breakdown': channel<Breakdown>()(
    z
      .strictObject({
        ...scope,
        kind: z.enum(BREAKDOWN_KINDS),
        limit: z.number().int().min(1).max(500).default(50),
      })
      .refine(fromBeforeTo, rangeError),
  ),
  'kpi.compare': channel<ClientComparison[]>()(
    z.strictObject({ ...scope, kpi: z.enum(KPI_KEYS) }).refine(fromBeforeTo, rangeError),
  ),
};
