import { useState } from 'react';
import type { Me } from '../../../src-shared/contract/auth';
import { DataGrid } from '../../components/grid/DataGrid';
import { CsvActions } from '../../components/import/CsvActions';
import { ClientGate } from './ClientGate';

const COLUMNS = ['part_number', 'opportunities_per_unit', 'description', 'notes'];

/** A client's parts with their defect opportunities per unit, which DPMO divides by. */
export function PartOpportunitiesSection({ me }: { me: Me }) {
  const [imported, setImported] = useState(0);
  return (
    <section aria-labelledby="admin-parts-title" className="admin-section">
      <h3 id="admin-parts-title">Part opportunities</h3>
      <p className="section-intro">
        How many things can go wrong on one unit of a part: DPMO counts defects per million of these. A part
        not listed uses the client&apos;s default from Targets &amp; shifts.
      </p>
      <ClientGate me={me} what="Part opportunities">
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
                plural="part opportunities"
                filter={{ clientIds: [clientId] }}
                onImported={() => setImported((n) => n + 1)}
              />
            }
            title={`Parts · ${clientId}`}
            empty={`${clientId} has no parts listed: type a part number and its opportunities in the last row, paste from Excel, or Import CSV…`}
          />
        )}
      </ClientGate>
    </section>
  );
}
