import type { Result } from '../../../src-shared/contract';
import { invoke } from '../../api/client';
import type { Option } from './SpecField';
import { useLoad } from './use-load';

interface Coded {
  code: string;
  label: string;
  active: boolean;
  order: number;
}

/** Active codes first in the list's own order, then by words; inactive ones are left out. */
function toOptions(rows: readonly Coded[]): Option[] {
  return rows
    .filter((r) => r.active)
    .sort((a, b) => a.order - b.order || a.label.localeCompare(b.label))
    .map((r) => ({ value: r.code, label: r.label === r.code ? r.code : `${r.label} (${r.code})` }));
}

async function loadList(list: 'hold_reason' | 'defect_type', clientId: string): Promise<Result<Option[]>> {
  const query = { clientIds: [clientId], limit: 1000 };
  if (list === 'hold_reason') {
    const result = await invoke('holdReasons.list', query);
    if (!result.ok) return result;
    return {
      ok: true,
      data: toOptions(
        result.data.rows.map((r) => ({
          code: r.code,
          label: r.label,
          active: r.is_active !== 0,
          order: r.sort_order ?? 0,
        })),
      ),
    };
  }
  const result = await invoke('defectTypes.list', query);
  if (!result.ok) return result;
  return {
    ok: true,
    data: toOptions(
      result.data.rows.map((r) => ({
        code: r.defect_code,
        label: r.defect_name,
        active: r.is_active !== 0,
        order: r.sort_order ?? 0,
      })),
    ),
  };
}

/** A client's reference list (hold reasons, defect types) as dropdown choices; none until loaded. */
export function useCodeOptions(list: 'hold_reason' | 'defect_type', clientId: string | null): Option[] {
  const [loaded] = useLoad(clientId ? `${list}:${clientId}` : null, () => loadList(list, clientId ?? ''));
  return loaded.kind === 'ready' ? loaded.data : [];
}
