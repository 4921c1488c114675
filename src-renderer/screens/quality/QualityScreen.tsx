import { useState } from 'react';
import type { Row } from '../../../src-shared/db/schema';
import { DataGrid } from '../../components/grid/DataGrid';
import { PickOneClient } from '../../components/grid/PickOneClient';
import { useEntryClient } from '../../components/grid/use-entry-client';
import { CsvActions } from '../../components/import/CsvActions';
import { rangeProblem } from '../../stores/date-range';
import { useDateRange } from '../../stores/use-date-range';
import { entryShiftDefaults } from '../my-shift/current-shift';
import { useShiftCalendar } from '../my-shift/use-shift-calendar';
import type { ScreenProps } from '../screen-props';
import '../../components/form/screen-kit.css';
import { fmt } from '../../i18n/fmt';
import { i18next } from '../../i18n/i18n';
import { DefectsGrid } from './DefectsGrid';
import { INSPECTION_COLUMNS, INSPECTION_MORE } from './quality-columns';

type Inspection = Row<'quality_entry'>;

/** Inspections of the chosen client and period as a grid, and the defects of the one under the cursor below. */
export function QualityScreen({ me }: ScreenProps) {
  const client = useEntryClient();
  const range = useDateRange();
  const calendar = useShiftCalendar(client);
  const [active, setActive] = useState<Inspection | null>(null);
  const [reloads, setReloads] = useState(0);
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null);
  return (
    <section aria-labelledby="quality-title">
      <h2 id="quality-title">{i18next.t('quality.title')}</h2>
      {client === null ? (
        <PickOneClient me={me} what={i18next.t('quality.title')} message={i18next.t('quality.pick')} />
      ) : rangeProblem(range) ? (
        <p>{i18next.t('quality.pickPeriod')}</p>
      ) : (
        <>
          <DataGrid
            domain="quality"
            clientId={client}
            filter={range}
            columns={INSPECTION_COLUMNS}
            more={INSPECTION_MORE}
            fixed={{ client_id: client }}
            defaults={{ ...entryShiftDefaults(new Date(), range, calendar), qc_inspector_id: me.username }}
            reloadToken={reloads}
            message={message}
            // The grid's rows are this table's rows as the core listed them. On the new-row line the
            // last inspection's defects stay, so their unsaved rows are not thrown away.
            onActiveRow={(row) => {
              if (row) setActive(row as Inspection);
            }}
            actions={
              <CsvActions
                table="quality_entry"
                plural={i18next.t('quality.plural')}
                filter={{ clientIds: [client], ...range }}
                onImported={() => setReloads((n) => n + 1)}
              />
            }
            title={i18next.t('quality.gridTitle', {
              client,
              period:
                range.from === range.to
                  ? fmt.date(range.from)
                  : i18next.t('quality.periodRange', { from: fmt.date(range.from), to: fmt.date(range.to) }),
            })}
            empty={i18next.t('quality.empty', { client })}
          />
          {active && active.client_id === client ? (
            <DefectsGrid
              inspection={active}
              onInspectionChanged={(note) => {
                setMessage({ text: note, failed: false });
                setReloads((n) => n + 1);
              }}
            />
          ) : (
            <p className="empty-state">{i18next.t('quality.moveToLog')}</p>
          )}
        </>
      )}
    </section>
  );
}
