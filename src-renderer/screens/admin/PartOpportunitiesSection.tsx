import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../src-shared/contract/auth';
import { DataGrid } from '../../components/grid/DataGrid';
import { CsvActions } from '../../components/import/CsvActions';
import { ClientGate } from './ClientGate';

const COLUMNS = ['part_number', 'opportunities_per_unit', 'description', 'notes'];

/** A client's parts with their defect opportunities per unit, which DPMO divides by. */
export function PartOpportunitiesSection({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [imported, setImported] = useState(0);
  return (
    <section aria-labelledby="admin-parts-title" className="admin-section">
      <h3 id="admin-parts-title">{t('admin.sections.part-opportunities')}</h3>
      <p className="section-intro">{t('parts.intro')}</p>
      <ClientGate me={me} what={t('admin.sections.part-opportunities')}>
        {(clientId) => (
          <DataGrid
            domain="partOpportunities"
            clientId={clientId}
            columns={COLUMNS}
            fixed={{ client_id: clientId }}
            reloadToken={imported}
            actions={
              <CsvActions
                table="part_opportunities"
                plural={t('parts.plural')}
                filter={{ clientIds: [clientId] }}
                onImported={() => setImported((n) => n + 1)}
              />
            }
            title={t('parts.gridTitle', { client: clientId })}
            empty={t('parts.empty', { client: clientId })}
          />
        )}
      </ClientGate>
    </section>
  );
}
