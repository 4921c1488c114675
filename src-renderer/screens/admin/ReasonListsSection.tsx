import { useState } from 'react';
import { useTranslation } from 'react-i18next';
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
}

/** Each list's table; its words are the catalogue's `lists.<id>` (title, plural, empty state). */
const LISTS: Record<ListId, ReasonList> = {
  downtime: { domain: 'downtimeReasons', table: 'downtime_reason' },
  hold: { domain: 'holdReasons', table: 'hold_reason' },
  absence: { domain: 'absenceTypes', table: 'absence_type' },
};
const LIST_IDS: readonly ListId[] = ['downtime', 'hold', 'absence'];

const COLUMNS = ['code', 'label', 'is_active', 'sort_order'];

/** A client's downtime reasons, hold reasons and absence types: code, words, active, order. */
export function ReasonListsSection({ me }: { me: Me }) {
  const { t } = useTranslation();
  const tabs: readonly SubTab<ListId>[] = LIST_IDS.map((id) => ({ id, label: t(`lists.${id}.title`) }));
  const [list, setList] = useState<ListId>('downtime');
  const [imported, setImported] = useState(0);
  const spec = LISTS[list];
  const title = t(`lists.${list}.title`);
  return (
    <section aria-labelledby="admin-reasons-title" className="admin-section">
      <h3 id="admin-reasons-title">{t('admin.sections.reason-lists')}</h3>
      <p className="section-intro">{t('lists.intro')}</p>
      <SubTabs<ListId> label={t('admin.sections.reason-lists')} tabs={tabs} current={list} onPick={setList} />
      <div role="tabpanel" aria-label={title}>
        <ClientGate me={me} what={t('admin.sections.reason-lists')}>
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
                  plural={t(`lists.${list}.plural`)}
                  filter={{ clientIds: [clientId] }}
                  onImported={() => setImported((n) => n + 1)}
                />
              }
              title={`${title} · ${clientId}`}
              empty={t(`lists.${list}.empty`, { client: clientId })}
            />
          )}
        </ClientGate>
      </div>
    </section>
  );
}
