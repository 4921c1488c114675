import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../src-shared/contract/auth';
import { DataGrid } from '../../components/grid/DataGrid';
import { CsvActions } from '../../components/import/CsvActions';
import { fmt } from '../../i18n/fmt';
import { ClientGate } from './ClientGate';
import { CYCLE_MINUTES } from './derived-columns';

const COLUMNS = ['style_model', 'description', 'ideal_cycle_time'];
const DERIVED = [CYCLE_MINUTES];

/** A client's styles/models with their ideal cycle time (hours per unit), typed, pasted or imported. */
export function ProductsSection({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [imported, setImported] = useState(0);
  return (
    <section aria-labelledby="admin-products-title" className="admin-section">
      <h3 id="admin-products-title">{t('admin.sections.products')}</h3>
      <p className="section-intro">
        {t('products.introBefore')} <strong>{t('products.introUnit')}</strong>{' '}
        {t('products.introAfter', { example: fmt.number(0.025, 3) })}
      </p>
      <ClientGate me={me} what={t('products.what')}>
        {(clientId) => (
          <DataGrid
            domain="products"
            clientId={clientId}
            columns={COLUMNS}
            fixed={{ client_id: clientId }}
            derived={DERIVED}
            reloadToken={imported}
            actions={
              <CsvActions
                table="product"
                plural={t('products.plural')}
                filter={{ clientIds: [clientId] }}
                onImported={() => setImported((n) => n + 1)}
              />
            }
            title={t('products.gridTitle', { client: clientId })}
            empty={t('products.empty', { client: clientId })}
          />
        )}
      </ClientGate>
    </section>
  );
}
