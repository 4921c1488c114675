import { useState } from 'react';
import { DataGrid } from '../../components/grid/DataGrid';
import { PickOneClient } from '../../components/grid/PickOneClient';
import { useEntryClient } from '../../components/grid/use-entry-client';
import { CsvActions } from '../../components/import/CsvActions';
import { rangeProblem } from '../../stores/date-range';
import { useDateRange } from '../../stores/use-date-range';
import { currentShift } from '../my-shift/current-shift';
import type { ScreenProps } from '../screen-props';
import { PRODUCTION_COLUMNS, PRODUCTION_MORE } from './production-columns';

/** Production entries of the chosen client and period, typed or pasted like a spreadsheet. */
export function ProductionScreen({ me }: ScreenProps) {
  const client = useEntryClient();
  const range = useDateRange();
  // An import wrote rows: the grid loads them (once its own unsaved rows are saved or discarded).
  const [imported, setImported] = useState(0);
  return (
    <section aria-labelledby="production-title">
      <h2 id="production-title">Production</h2>
      {client === null ? (
        <PickOneClient me={me} what="Production" />
      ) : rangeProblem(range) ? (
        <p>Pick a period above to see and enter production.</p>
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
              plural="production entries"
              filter={{ clientIds: [client], ...range }}
              onImported={() => setImported((n) => n + 1)}
            />
          }
          // A new row is for the last day of the period (today for the usual periods) and the shift now.
          defaults={{ shift_date: range.to, shift_type: currentShift(new Date()).shift }}
          title={`Production entries · ${client} · ${range.from === range.to ? range.from : `${range.from} to ${range.to}`}`}
          empty={`No production entries for ${client} in this period. Type in the last row or paste from Excel.`}
        />
      )}
    </section>
  );
}
