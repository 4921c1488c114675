import { useState } from 'react';
import { DataGrid } from '../../components/grid/DataGrid';
import { PickOneClient } from '../../components/grid/PickOneClient';
import { useEntryClient } from '../../components/grid/use-entry-client';
import { CsvActions } from '../../components/import/CsvActions';
import { rangeProblem } from '../../stores/date-range';
import { useDateRange } from '../../stores/use-date-range';
import { currentShift } from '../my-shift/current-shift';
import type { ScreenProps } from '../screen-props';
import { DOWNTIME_COLUMNS, DOWNTIME_MORE } from './downtime-columns';

/** Downtime entries of the chosen client and period: reason, minutes, start, resolution. */
export function DowntimeScreen({ me }: ScreenProps) {
  const client = useEntryClient();
  const range = useDateRange();
  // An import wrote rows: the grid loads them (once its own unsaved rows are saved or discarded).
  const [imported, setImported] = useState(0);
  return (
    <section aria-labelledby="downtime-title">
      <h2 id="downtime-title">Downtime</h2>
      {client === null ? (
        <PickOneClient me={me} what="Downtime" />
      ) : rangeProblem(range) ? (
        <p>Pick a period above to see and enter downtime.</p>
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
              plural="downtime entries"
              filter={{ clientIds: [client], ...range }}
              onImported={() => setImported((n) => n + 1)}
            />
          }
          defaults={{ shift_date: range.to, shift_type: currentShift(new Date()).shift }}
          title={`Downtime entries · ${client} · ${range.from === range.to ? range.from : `${range.from} to ${range.to}`}`}
          empty={`No downtime entries for ${client} in this period. Type in the last row or paste from Excel.`}
        />
      )}
    </section>
  );
}
