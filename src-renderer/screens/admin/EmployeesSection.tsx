import { useState } from 'react';
import type { Me } from '../../../src-shared/contract/auth';
import { DataGrid } from '../../components/grid/DataGrid';
import { CsvActions } from '../../components/import/CsvActions';
import { ClientGate } from './ClientGate';
import { EmployeesGrid } from './EmployeesGrid';
import { type SubTab, SubTabs } from './SubTabs';

type TabId = 'employees' | 'assignments' | 'floating';

const TABS: readonly SubTab<TabId>[] = [
  { id: 'employees', label: 'Employees' },
  { id: 'assignments', label: 'Client assignments' },
  { id: 'floating', label: 'Floating pool' },
];

const FLOATING_COLUMNS = ['employee_id', 'status', 'assigned_to_client', 'notes'];

/** The plant's people: employees, which clients each works for, and where floating staff are lent. */
export function EmployeesSection({ me }: { me: Me }) {
  const [tab, setTab] = useState<TabId>('employees');
  const [imported, setImported] = useState(0);
  return (
    <section aria-labelledby="admin-employees-title" className="admin-section">
      <h3 id="admin-employees-title">Employees &amp; floating pool</h3>
      <SubTabs<TabId> label="Employees" tabs={TABS} current={tab} onPick={setTab} />
      <div role="tabpanel" aria-label={TABS.find((t) => t.id === tab)?.label}>
        {tab === 'employees' && <EmployeesGrid />}
        {tab === 'assignments' && (
          <>
            <p className="section-intro">
              Attendance is taken for the employees assigned to a client; one person may work for several.
            </p>
            <ClientGate me={me} what="Client assignments">
              {(clientId) => (
                <DataGrid
                  domain="employeeAssignments"
                  clientId={clientId}
                  columns={['employee_id']}
                  fixed={{ client_id: clientId }}
                  reloadToken={imported}
                  actions={
                    <CsvActions
                      table="employee_client_assignment"
                      plural="employee assignments"
                      filter={{ clientIds: [clientId] }}
                      onImported={() => setImported((n) => n + 1)}
                    />
                  }
                  title={`Employees assigned to ${clientId}`}
                  empty={`Nobody is assigned to ${clientId}: pick an employee in the last row to take their attendance here.`}
                />
              )}
            </ClientGate>
          </>
        )}
        {tab === 'floating' && (
          <>
            <p className="section-intro">
              Floating employees cover absences. A row says where one is lent (status ASSIGNED and the client)
              or that they are free (AVAILABLE, no client).
            </p>
            <DataGrid
              domain="floatingPool"
              clientId={null}
              columns={FLOATING_COLUMNS}
              reloadToken={imported}
              actions={
                <CsvActions
                  table="floating_pool"
                  plural="floating pool entries"
                  filter={{}}
                  onImported={() => setImported((n) => n + 1)}
                />
              }
              title="Floating pool"
              empty="No floating pool entries: mark employees as Floating pool under Employees, then record here where each is lent."
            />
          </>
        )}
      </div>
    </section>
  );
}
