import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../src-shared/contract/auth';
import { DataGrid } from '../../components/grid/DataGrid';
import { CsvActions } from '../../components/import/CsvActions';
import { ClientGate } from './ClientGate';
import { EmployeesGrid } from './EmployeesGrid';
import { type SubTab, SubTabs } from './SubTabs';

type TabId = 'employees' | 'assignments' | 'floating';

const TAB_IDS: readonly TabId[] = ['employees', 'assignments', 'floating'];

const FLOATING_COLUMNS = ['employee_id', 'status', 'assigned_to_client', 'notes'];

/** The plant's people: employees, which clients each works for, and where floating staff are lent. */
export function EmployeesSection({ me }: { me: Me }) {
  const { t } = useTranslation();
  const tabs: readonly SubTab<TabId>[] = TAB_IDS.map((id) => ({ id, label: t(`employees.tabs.${id}`) }));
  const [tab, setTab] = useState<TabId>('employees');
  const [imported, setImported] = useState(0);
  return (
    <section aria-labelledby="admin-employees-title" className="admin-section">
      <h3 id="admin-employees-title">{t('admin.sections.employees')}</h3>
      <SubTabs<TabId> label={t('employees.tabs.employees')} tabs={tabs} current={tab} onPick={setTab} />
      <div role="tabpanel" aria-label={t(`employees.tabs.${tab}`)}>
        {tab === 'employees' && <EmployeesGrid />}
        {tab === 'assignments' && (
          <>
            <p className="section-intro">{t('employees.assignIntro')}</p>
            <ClientGate me={me} what={t('employees.tabs.assignments')}>
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
                      plural={t('employees.assignPlural')}
                      filter={{ clientIds: [clientId] }}
                      onImported={() => setImported((n) => n + 1)}
                    />
                  }
                  title={t('employees.assignTitle', { client: clientId })}
                  empty={t('employees.assignEmpty', { client: clientId })}
                />
              )}
            </ClientGate>
          </>
        )}
        {tab === 'floating' && (
          <>
            <p className="section-intro">{t('employees.floatingIntro')}</p>
            <DataGrid
              domain="floatingPool"
              clientId={null}
              columns={FLOATING_COLUMNS}
              reloadToken={imported}
              actions={
                <CsvActions
                  table="floating_pool"
                  plural={t('employees.floatingPlural')}
                  filter={{}}
                  onImported={() => setImported((n) => n + 1)}
                />
              }
              title={t('employees.tabs.floating')}
              empty={t('employees.floatingEmpty')}
            />
          </>
        )}
      </div>
    </section>
  );
}
