import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScreenProps } from '../screen-props';
import { AdminSectionNav } from './AdminSectionNav';
import { type SectionId, sectionsFor } from './admin-sections';
import { BackupsSection } from './BackupsSection';
import { ClientsSection } from './ClientsSection';
import { DefectTypesSection } from './DefectTypesSection';
import { EmployeesSection } from './EmployeesSection';
import { HubSection } from './HubSection';
import { PartOpportunitiesSection } from './PartOpportunitiesSection';
import { PlantSettingsSection } from './PlantSettingsSection';
import { ProductsSection } from './ProductsSection';
import { ReasonListsSection } from './ReasonListsSection';
import { TargetsSection } from './TargetsSection';
import { UpdatesSection } from './UpdatesSection';
import { UsersSection } from './UsersSection';
import '../../components/form/screen-kit.css';
import './admin.css';

/**
 * Plant set-up: users, clients, targets and shifts, and the reference lists. Each role sees only the
 * sections it may use (admin-sections.ts); the core refuses anything else anyway.
 */
export function AdminScreen({ me }: ScreenProps) {
  const { t } = useTranslation();
  const sections = sectionsFor(me.role);
  const [picked, setPicked] = useState<SectionId | null>(null);
  const current = sections.find((s) => s.id === picked) ?? sections[0];
  if (!current)
    return (
      <section aria-labelledby="admin-title">
        <h2 id="admin-title">{t('admin.title')}</h2>
        <p className="empty-state">{t('admin.notForRole')}</p>
      </section>
    );
  return (
    <section aria-labelledby="admin-title" className="admin-screen">
      <h2 id="admin-title">{t('admin.title')}</h2>
      <div className="admin-layout">
        <AdminSectionNav sections={sections} current={current.id} onOpen={setPicked} />
        <div className="admin-body">
          {current.id === 'users' && <UsersSection me={me} />}
          {current.id === 'clients' && <ClientsSection />}
          {current.id === 'targets' && <TargetsSection me={me} />}
          {current.id === 'products' && <ProductsSection me={me} />}
          {current.id === 'part-opportunities' && <PartOpportunitiesSection me={me} />}
          {current.id === 'defect-types' && <DefectTypesSection me={me} />}
          {current.id === 'reason-lists' && <ReasonListsSection me={me} />}
          {current.id === 'employees' && <EmployeesSection me={me} />}
          {current.id === 'updates' && <UpdatesSection me={me} />}
          {current.id === 'plant' && <PlantSettingsSection />}
          {current.id === 'hub' && <HubSection />}
          {current.id === 'backups' && <BackupsSection />}
        </div>
      </div>
    </section>
  );
}
