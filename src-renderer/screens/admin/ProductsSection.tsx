import { useState } from 'react';
import type { Me } from '../../../src-shared/contract/auth';
import { DataGrid } from '../../components/grid/DataGrid';
import { CsvActions } from '../../components/import/CsvActions';
import { ClientGate } from './ClientGate';
import { CYCLE_MINUTES } from './derived-columns';

const COLUMNS = ['style_model', 'description', 'ideal_cycle_time'];
const DERIVED = [CYCLE_MINUTES];

/** A client's styles/models with their ideal cycle time (hours per unit), typed, pasted or imported. */
export function ProductsSection({ me }: { me: Me }) {
  const [imported, setImported] = useState(0);
  return (
    <section aria-labelledby="admin-products-title" className="admin-section">
      <h3 id="admin-products-title">Products &amp; cycle times</h3>
      <p className="section-intro">
        The ideal cycle time is in <strong>hours per unit</strong> (90 seconds is 0.025): efficiency and
        performance use it when a work order has none of its own.
      </p>
      <ClientGate me={me} what="Products and cycle times">
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
                plural="products"
                filter={{ clientIds: [clientId] }}
                onImported={() => setImported((n) => n + 1)}
              />
            }
            title={`Products · ${clientId}`}
            empty={`${clientId} has no products yet: type a style and its cycle time in the last row, paste from Excel, or Import CSV…`}
          />
        )}
      </ClientGate>
    </section>
  );
}
