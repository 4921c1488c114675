import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataGrid } from '../../components/grid/DataGrid';
import { PickOneClient } from '../../components/grid/PickOneClient';
import { useEntryClient } from '../../components/grid/use-entry-client';
import { CsvActions } from '../../components/import/CsvActions';
import { fmt } from '../../i18n/fmt';
import { rangeProblem } from '../../stores/date-range';
import { useDateRange } from '../../stores/use-date-range';
import { entryShiftDefaults } from '../my-shift/current-shift';
import { useShiftCalendar } from '../my-shift/use-shift-calendar';
import type { ScreenProps } from '../screen-props';
import { DOWNTIME_COLUMNS, DOWNTIME_MORE } from './downtime-columns';

/** Downtime entries of the chosen client and period: reason, minutes, start, resolution. */
export function DowntimeScreen({ me }: ScreenProps) {
  const client = useEntryClient();
  const range = useDateRange();
  const calendar = useShiftCalendar(client);
  // An import wrote rows: the grid loads them (once its own unsaved rows are saved or discarded).
  const [imported, setImported] = useState(0);
  const { t } = useTranslation();
  const period =
    range.from === range.to
      ? fmt.date(range.from)
      : t('scope.range', { from: fmt.date(range.from), to: fmt.date(range.to) });
  return (
    <section aria-labelledby="downtime-title">
      <h2 id="downtime-title">{t('downtime.title')}</h2>
      {client === null ? (
        <PickOneClient me={me} what={t('downtime.title')} />
      ) : rangeProblem(range) ? (
        <p>{t('scope.pickPeriod', { what: t('downtime.what') })}</p>
      ) : (
        <DataGrid
          domain="downtime"
          clientId={client}
          filter={range}
          columns={DOWNTIME_COLUMNS}
          more={DOWNTIME_MORE}
          fixed={{ client_id: client }}
          reloadToken={imported}
          actions={
            <CsvActions
              table="downtime_entry"
              plural={t('downtime.plural')}
              filter={{ clientIds: [client], ...range }}
              onImported={() => setImported((n) => n + 1)}
            />
          }
          defaults={entryShiftDefaults(new Date(), range, calendar)}
          title={t('downtime.gridTitle', { client, period })}
          empty={t('downtime.empty', { client })}
        />
      )}
    </section>
  );
}
