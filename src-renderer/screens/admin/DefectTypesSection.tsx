import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../src-shared/contract/auth';
import { DataGrid } from '../../components/grid/DataGrid';
import { CsvActions } from '../../components/import/CsvActions';
import { ApplyTemplateForm } from './ApplyTemplateForm';
import { ClientGate } from './ClientGate';

const COLUMNS = [
  'defect_code',
  'defect_name',
  'category',
  'severity_default',
  'industry_standard_code',
  'sort_order',
  'is_active',
  'description',
];

/** A client's defect catalogue: typed, pasted, imported, or topped up from an industry template. */
export function DefectTypesSection({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [reload, setReload] = useState(0);
  const [choosing, setChoosing] = useState(false);
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null);
  return (
    <section aria-labelledby="admin-defects-title" className="admin-section">
      <h3 id="admin-defects-title">{t('admin.sections.defect-types')}</h3>
      <p className="section-intro">{t('defects.intro')}</p>
      <ClientGate me={me} what={t('admin.sections.defect-types')}>
        {(clientId) => (
          <>
            {choosing && (
              <ApplyTemplateForm
                clientId={clientId}
                onDone={(outcome) => {
                  setChoosing(false);
                  setMessage(outcome);
                  if (outcome.added > 0) setReload((n) => n + 1);
                }}
                onCancel={() => setChoosing(false)}
              />
            )}
            <DataGrid
              domain="defectTypes"
              clientId={clientId}
              columns={COLUMNS}
              fixed={{ client_id: clientId }}
              reloadToken={reload}
              message={message}
              actions={
                <>
                  <button
                    type="button"
                    className="button-secondary"
                    onClick={() => {
                      setMessage(null);
                      setChoosing(true);
                    }}
                  >
                    {t('defects.addFromTemplate')}
                  </button>
                  <CsvActions
                    table="defect_type"
                    plural={t('defects.plural')}
                    filter={{ clientIds: [clientId] }}
                    onImported={() => setReload((n) => n + 1)}
                  />
                </>
              }
              title={t('defects.gridTitle', { client: clientId })}
              empty={t('defects.empty', { client: clientId })}
            />
          </>
        )}
      </ClientGate>
    </section>
  );
}
