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
import { PRODUCTION_COLUMNS, PRODUCTION_MORE } from './production-columns';

/** Production entries of the chosen client and period, typed or pasted like a spreadsheet. */
export function ProductionScreen({ me }: ScreenProps) {
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
    <section aria-labelledby="production-title">
      <h2 id="production-title">{t('production.title')}</h2>
      {client === null ? (
        <PickOneClient me={me} what={t('production.title')} />
      ) : rangeProblem(range) ? (
        <p>{t('scope.pickPeriod', { what: t('production.what') })}</p>
      ) : (
        <DataGrid
          domain="production"
          clientId={client}
          filter={range}
          columns={PRODUCTION_COLUMNS}
          more={PRODUCTION_MORE}
          fixed={{ client_id: client }}
          reloadToken={imported}
          actions={
            <CsvActions
              table="production_entry"
              plural={t('production.plural')}
              filter={{ clientIds: [client], ...range }}
              onImported={() => setImported((n) => n + 1)}
            />
          }
          // A new row is for the last day of the period (today for the usual periods) and the shift now.
          defaults={entryShiftDefaults(new Date(), range, calendar)}
          title={t('production.gridTitle', { client, period })}
          empty={t('production.empty', { client })}
        />
      )}
    </section>
  );
}
