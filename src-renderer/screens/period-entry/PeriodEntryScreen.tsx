import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataGrid } from '../../components/grid/DataGrid';
import { PickOneClient } from '../../components/grid/PickOneClient';
import { useEntryClient } from '../../components/grid/use-entry-client';
import { CsvActions } from '../../components/import/CsvActions';
import { fmt } from '../../i18n/fmt';
import { rangeProblem } from '../../stores/date-range';
import { useDateRange } from '../../stores/use-date-range';
import { DOWNTIME_COLUMNS, DOWNTIME_MORE } from '../downtime/downtime-columns';
import { entryShiftDefaults } from '../my-shift/current-shift';
import { useShiftCalendar } from '../my-shift/use-shift-calendar';
import { PRODUCTION_COLUMNS, PRODUCTION_MORE } from '../production/production-columns';
import type { ScreenProps } from '../screen-props';

/** Each period-entry screen's table and columns; its domain also names its catalogue section. */
const ENTRIES = {
  production: { table: 'production_entry', columns: PRODUCTION_COLUMNS, more: PRODUCTION_MORE },
  downtime: { table: 'downtime_entry', columns: DOWNTIME_COLUMNS, more: DOWNTIME_MORE },
} as const;

export interface PeriodEntryProps extends ScreenProps {
  domain: keyof typeof ENTRIES;
}

/** One client's entries of one table over the chosen period, as a grid with CSV import and export. */
export function PeriodEntryScreen({ me, domain }: PeriodEntryProps) {
  const { table, columns, more } = ENTRIES[domain];
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
    <section aria-labelledby={`${domain}-title`}>
      <h2 id={`${domain}-title`}>{t(`${domain}.title`)}</h2>
      {client === null ? (
        <PickOneClient me={me} what={t(`${domain}.title`)} />
      ) : rangeProblem(range) ? (
        <p>{t('scope.pickPeriod', { what: t(`${domain}.what`) })}</p>
      ) : (
        <DataGrid
          domain={domain}
          clientId={client}
          filter={range}
          columns={columns}
          more={more}
          fixed={{ client_id: client }}
          reloadToken={imported}
          actions={
            <CsvActions
              table={table}
              plural={t(`${domain}.plural`)}
              filter={{ clientIds: [client], ...range }}
              onImported={() => setImported((n) => n + 1)}
            />
          }
          // A new row is for the last day of the period (today for the usual periods) and the shift now.
          defaults={entryShiftDefaults(new Date(), range, calendar)}
          title={t(`${domain}.gridTitle`, { client, period })}
          empty={t(`${domain}.empty`, { client })}
        />
      )}
    </section>
  );
}
