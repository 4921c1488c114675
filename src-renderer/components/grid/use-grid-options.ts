import { useEffect, useMemo, useState } from 'react';
import { enumLabel } from '../../../src-shared/domain/enum-labels';
import type { ReferenceList } from '../../../src-shared/tables/column';
import { invoke } from '../../api/client';
import { i18next } from '../../i18n/i18n';
import { listAll } from './grid-api';
import {
  clientOptions,
  codeOptions,
  employeeOptions,
  fixedOptions,
  jobOptions,
  type OptionSourceKey,
  REFERENCE_LISTS,
  sourceOf,
  usedValueOptions,
  workOrderOptions,
} from './grid-options';
import type { CellOption, GridColumn, RecordRow } from './grid-types';

/** The dropdown choices of a grid and the words its cells show for codes and ids. */
export interface OptionSource {
  /** The choices of a cell in a row with these texts, or null for a cell typed freely. */
  optionsFor(column: GridColumn, texts: Readonly<Record<string, string>>): readonly CellOption[] | null;
  /** What a cell shows for its text: "Yes", a reason's label, an employee's name. */
  display(column: GridColumn, text: string): string;
}

interface Loaded {
  lists: Partial<Record<OptionSourceKey, CellOption[]>>;
  jobs: RecordRow[];
}

const EMPTY: Loaded = { lists: {}, jobs: [] };

/** Sources that are lists of one client: a plant-level grid (no client) has none of them. */
function isClientBound(key: OptionSourceKey): boolean {
  return (
    key.startsWith('code:') ||
    key.startsWith('suggest:') ||
    key === 'work_order' ||
    key === 'job' ||
    key === 'assigned_employee'
  );
}

async function loadSource(key: OptionSourceKey, clientId: string | null): Promise<Partial<Loaded>> {
  if (clientId === null && isClientBound(key)) return {};
  const clientIds = clientId === null ? [] : [clientId];
  if (key.startsWith('code:')) {
    const list = key.slice(5) as ReferenceList;
    const rows = await listAll(REFERENCE_LISTS[list].domain, { clientIds });
    return rows.ok ? { lists: { [key]: codeOptions(list, rows.data) } } : {};
  }
  switch (key) {
    case 'suggest:quality_operation': {
      const used = await invoke('quality.operations', { clientIds });
      return used.ok ? { lists: { [key]: usedValueOptions(used.data.values) } } : {};
    }
    case 'work_order': {
      // Entries are typed against open orders only: ACTIVE or ON_HOLD.
      const open = await listAll('workOrders', { clientIds, equals: { status: ['ACTIVE', 'ON_HOLD'] } });
      return open.ok ? { lists: { work_order: workOrderOptions(open.data) } } : {};
    }
    case 'job': {
      const rows = await listAll('jobs', { clientIds });
      return rows.ok ? { jobs: rows.data } : {};
    }
    case 'floating_employee': {
      const rows = await listAll('employees', { equals: { is_floating_pool: 1 } });
      return rows.ok ? { lists: { floating_employee: employeeOptions(rows.data) } } : {};
    }
    case 'assigned_employee': {
      const [assigned, people] = await Promise.all([
        listAll('employeeAssignments', { clientIds }),
        listAll('employees', {}),
      ]);
      if (!assigned.ok || !people.ok) return {};
      const ids = new Set(assigned.data.map((a) => a.employee_id));
      return {
        lists: { assigned_employee: employeeOptions(people.data.filter((p) => ids.has(p.employee_id))) },
      };
    }
    case 'employee': {
      const rows = await listAll('employees', {});
      return rows.ok ? { lists: { employee: employeeOptions(rows.data) } } : {};
    }
    case 'client': {
      const rows = await listAll('clients', {});
      return rows.ok ? { lists: { client: clientOptions(rows.data) } } : {};
    }
    default:
      return {};
  }
}

/**
 * Loads, once per client, the lists the grid's columns choose from: reference codes, open work
 * orders, their jobs, assigned and floating employees. A list that cannot be loaded leaves its
 * cells typed freely; the core still checks every value.
 */
export function useGridOptions(
  columns: readonly GridColumn[],
  clientId: string | null,
  narrow?: Readonly<Record<string, (value: string) => boolean>>,
): OptionSource {
  const [loaded, setLoaded] = useState<Loaded>(EMPTY);
  const keys = useMemo(
    () => [...new Set(columns.map((c) => sourceOf(c.type)).filter((k): k is OptionSourceKey => k !== null))],
    [columns],
  );
  const keyText = keys.join(',');
  // The lists' words follow the language (a shipped reason, Yes/No): a change reloads them.
  const language = i18next.language;

  // biome-ignore lint/correctness/useExhaustiveDependencies: the lists' labels are worded in the language.
  useEffect(() => {
    let live = true;
    setLoaded(EMPTY);
    for (const key of keyText ? (keyText.split(',') as OptionSourceKey[]) : []) {
      void loadSource(key, clientId).then((part) => {
        if (!live) return;
        setLoaded((before) => ({
          lists: { ...before.lists, ...part.lists },
          jobs: part.jobs ?? before.jobs,
        }));
      });
    }
    return () => {
      live = false;
    };
  }, [keyText, clientId, language]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: Yes/No are worded in the language.
  return useMemo<OptionSource>(() => {
    const labels = new Map<string, Map<string, string>>();
    const labelOf = (key: string, options: readonly CellOption[]) => {
      let map = labels.get(key);
      if (!map) {
        map = new Map(options.map((o) => [o.value, o.label]));
        labels.set(key, map);
      }
      return map;
    };
    const optionsFor = (column: GridColumn, texts: Readonly<Record<string, string>>) => {
      const fixed = fixedOptions(column);
      if (fixed) return fixed;
      const key = sourceOf(column.type);
      if (key === null) return null;
      if (key === 'job') return jobOptions(loaded.jobs, texts.work_order_id ?? '');
      const options = loaded.lists[key] ?? [];
      const allowed = narrow?.[column.name];
      const current = texts[column.name] ?? '';
      return allowed ? options.filter((o) => o.value === current || allowed(o.value)) : options;
    };
    return {
      optionsFor,
      display(column, text) {
        if (text === '') return '';
        const key = sourceOf(column.type);
        // Order codes are what the floor calls them; the style is only a help while choosing.
        if (key === 'work_order') return text;
        if (key === 'job') return labelOf('job', jobOptions(loaded.jobs, '')).get(text) ?? text;
        if (column.type.kind === 'enum') return enumLabel(column.type.labels, text);
        const options = fixedOptions(column) ?? (key ? loaded.lists[key] : undefined);
        if (!options) return text;
        return labelOf(key ?? column.type.kind, options).get(text) ?? text;
      },
    };
  }, [loaded, narrow, language]);
}
