import { invoke } from '../../api/client';
import type { Option } from '../../components/form/SpecField';
import { type Loaded, useLoad } from '../../components/form/use-load';

/** What a form needs to offer a client's work orders: the choices, and each order's status. */
export interface OrderChoices {
  options: Option[];
  statusOf: ReadonlyMap<string, string>;
}

const EMPTY: OrderChoices = { options: [], statusOf: new Map() };

/** The data of a load, or a fallback while it runs or when it failed. */
export function dataOr<T>(loaded: Loaded<T>, fallback: T): T {
  return loaded.kind === 'ready' ? loaded.data : fallback;
}

/**
 * A client's work orders as dropdown choices ("WO-1042 · Boot 7 · ACTIVE"), statuses `only` kept
 * when given. Null client: none (a form waits for the client to be picked).
 */
export function useOrderChoices(
  clientId: string | null,
  only?: readonly string[],
): [OrderChoices, () => void] {
  const [loaded, reload] = useLoad(
    clientId === null ? null : `orders:${clientId}:${only?.join(',') ?? ''}`,
    async () => {
      const result = await invoke('workOrders.list', { clientIds: clientId ? [clientId] : [], limit: 1000 });
      if (!result.ok) return result;
      const rows = result.data.rows.filter((r) => !only || only.includes(r.status ?? ''));
      return {
        ok: true as const,
        data: {
          options: rows.map((r) => ({
            value: r.work_order_id,
            label: [r.work_order_id, r.style_model, r.status].filter(Boolean).join(' · '),
          })),
          statusOf: new Map(rows.map((r) => [r.work_order_id, r.status ?? ''])),
        },
      };
    },
  );
  return [dataOr(loaded, EMPTY), reload];
}

/** The jobs of one work order as dropdown choices ("J-1 · part P-77"); none while no order is chosen. */
export function useJobOptions(workOrderId: string): Option[] {
  const [loaded] = useLoad(workOrderId === '' ? null : `jobs:${workOrderId}`, async () => {
    const result = await invoke('jobs.list', { equals: { work_order_id: workOrderId }, limit: 1000 });
    if (!result.ok) return result;
    return {
      ok: true as const,
      data: result.data.rows.map((r) => ({
        value: r.job_id,
        label: [r.job_id, r.part_number && `part ${r.part_number}`].filter(Boolean).join(' · '),
      })),
    };
  });
  return workOrderId === '' ? [] : dataOr(loaded, []);
}
