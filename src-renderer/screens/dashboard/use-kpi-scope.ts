import type { ShiftType } from '../../../src-shared/domain/enums';
import { rangeProblem } from '../../stores/date-range';
import { clientIdsOf, useScopeStore } from '../../stores/scope-store';
import { useDateRange, useRunningShift } from '../../stores/use-date-range';

/** The scope part every KPI channel takes. */
export interface KpiScope {
  clientIds?: string[];
  from: string;
  to: string;
  /** "This shift": only the running shift's rows of its date, not the whole calendar day. */
  shift?: ShiftType;
}

/** The client(s) and period picked in the header as a KPI request, or null while the period is not valid. */
export function useKpiScope(): KpiScope | null {
  const client = useScopeStore((s) => s.client);
  const range = useDateRange();
  const running = useRunningShift();
  if (rangeProblem(range)) return null;
  const clientIds = clientIdsOf(client);
  return {
    ...(clientIds ? { clientIds } : {}),
    from: range.from,
    to: range.to,
    ...(running ? { shift: running.shift } : {}),
  };
}
