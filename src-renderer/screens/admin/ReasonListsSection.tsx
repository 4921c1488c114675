import { useState } from 'react';
import type { Me } from '../../../src-shared/contract/auth';
import type { CrudDomain } from '../../../src-shared/contract/domains';
import type { DataTableName } from '../../../src-shared/tables/registry';
import { DataGrid } from '../../components/grid/DataGrid';
import { CsvActions } from '../../components/import/CsvActions';
import { ClientGate } from './ClientGate';
import { type SubTab, SubTabs } from './SubTabs';

type ListId = 'downtime' | 'hold' | 'absence';

interface ReasonList {
  domain: CrudDomain;
  table: DataTableName;
  plural: string;
  /** Where the list is used, for its empty state. */
  usedBy: string;
}

const LISTS: Record<ListId, ReasonList> = {
  downtime: {
    domain: 'downtimeReasons',
    table: 'downtime_reason',
    plural: 'downtime reasons',
    usedBy: 'downtime entries',
  },
  hold: { domain: 'holdReasons', table: 'hold_reason', plural: 'hold reasons', usedBy: 'hold requests' },
  absence: { domain: 'absenceTypes', table: 'absence_type', plural: 'absence types', usedBy: 'attendance' },
};

const TABS: readonly SubTab<ListId>[] = [
  { id: 'downtime', label: 'Downtime reasons' },
  { id: 'hold', label: 'Hold reasons' },
  { id: 'absence', label: 'Absence types' },
];

const COLUMNS = ['code', 'label', 'is_active', 'sort_order'];

/** A client's downtime reasons, hold reasons and absence types: code, words, active, order. */
export function ReasonListsSection({ me }: { me: Me }) {
  const [list, setList] = useState<ListId>('downtime');
  const [imported, setImported] = useState(0);
  const spec = LISTS[list];
  const title = TABS.find((t) => t.id === list)?.label ?? '';
  return (
    <section aria-labelledby="admin-reasons-title" className="admin-section">
      <h3 id="admin-reasons-title">Reason lists</h3>
      <p className="section-intro">
        The choices of the entry screens, in this order. Codes are what the KPIs group by: change the label
        freely, and untick Active rather than delete a code already used.
      </p>
      <SubTabs<ListId> label="Reason lists" tabs={TABS} current={list} onPick={setList} />
      <div role="tabpanel" aria-label={title}>
        <ClientGate me={me} what="Reason lists">
          {(clientId) => (
            <DataGrid
              key={list}
              domain={spec.domain}
              clientId={clientId}
              columns={COLUMNS}
              fixed={{ client_id: clientId }}
              reloadToken={imported}
              actions={
                <CsvActions
                  table={spec.table}
                  plural={spec.plural}
                  filter={{ clientIds: [clientId] }}
                  onImported={() => setImported((n) => n + 1)}
                />
              }
              title={`${title} · ${clientId}`}
              empty={`${clientId} has no ${spec.plural}: ${spec.usedBy} then have nothing to pick. Type a code and its label in the last row.`}
            />
          )}
        </ClientGate>
      </div>
    </section>
  );
}
