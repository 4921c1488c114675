import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoad } from '../../components/form/use-load';
import { DataGrid } from '../../components/grid/DataGrid';
import { listAll } from '../../components/grid/grid-api';
import type { DerivedColumn } from '../../components/grid/grid-types';
import { CsvActions } from '../../components/import/CsvActions';

const COLUMNS = [
  'employee_id',
  'employee_name',
  'department',
  'is_floating_pool',
  'hourly_rate',
  'is_active',
  'is_support_billed',
  'is_support_included',
];

/** Client ids per employee id, from the assignment rows. */
function clientsByEmployee(rows: readonly Record<string, unknown>[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const row of rows) {
    const employee = String(row.employee_id ?? '');
    map.set(employee, [...(map.get(employee) ?? []), String(row.client_id ?? '')].toSorted());
  }
  return map;
}

/** The plant's employees (plant-level, not per client), each with the clients they are assigned to. */
export function EmployeesGrid() {
  const { t } = useTranslation();
  const [imported, setImported] = useState(0);
  const [assignments] = useLoad(`assignments:${imported}`, () => listAll('employeeAssignments', {}));
  const byEmployee = useMemo(
    () => clientsByEmployee(assignments.kind === 'ready' ? assignments.data : []),
    [assignments],
  );
  const derived = useMemo<DerivedColumn[]>(
    () => [
      {
        label: t('employees.clients'),
        value: (texts) => {
          if (texts.is_floating_pool === '1') return t('employees.floating');
          return (byEmployee.get(texts.employee_id ?? '') ?? []).join(', ');
        },
      },
    ],
    [byEmployee, t],
  );
  return (
    <DataGrid
      domain="employees"
      clientId={null}
      columns={COLUMNS}
      derived={derived}
      reloadToken={imported}
      actions={
        <CsvActions
          table="employee"
          plural={t('employees.plural')}
          filter={{}}
          onImported={() => setImported((n) => n + 1)}
        />
      }
      title={t('employees.tabs.employees')}
      empty={t('employees.empty')}
    />
  );
}
