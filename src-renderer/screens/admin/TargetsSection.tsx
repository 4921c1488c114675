import { useTranslation } from 'react-i18next';
import type { Me } from '../../../src-shared/contract/auth';
import { DataGrid } from '../../components/grid/DataGrid';
import { ClientGate } from './ClientGate';
import { ClientTargetsForm } from './ClientTargetsForm';
import { PAID_HOURS } from './derived-columns';

const SHIFT_COLUMNS = ['shift_type', 'start_time', 'end_time', 'break_minutes'];
const SHIFT_DERIVED = [PAID_HOURS];

/** A client's KPI targets and its shift calendar (admins, power users, and leaders for their clients). */
export function TargetsSection({ me }: { me: Me }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="admin-targets-title" className="admin-section">
      <h3 id="admin-targets-title">{t('admin.sections.targets')}</h3>
      <ClientGate me={me} what={t('targets.what')}>
        {(clientId) => (
          <>
            {/* Keyed by client: a form never shows one client's values under another's name. */}
            <ClientTargetsForm key={clientId} me={me} clientId={clientId} />
            <DataGrid
              domain="shifts"
              clientId={clientId}
              columns={SHIFT_COLUMNS}
              fixed={{ client_id: clientId }}
              derived={SHIFT_DERIVED}
              title={t('targets.calendarTitle', { client: clientId })}
              empty={t('targets.calendarEmpty', { client: clientId })}
            />
          </>
        )}
      </ClientGate>
    </section>
  );
}
