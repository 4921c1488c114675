import { useState } from 'react';
import type { Row } from '../../../src-shared/db/schema';
import { DataGrid } from '../../components/grid/DataGrid';
import { PickOneClient } from '../../components/grid/PickOneClient';
import { useEntryClient } from '../../components/grid/use-entry-client';
import { CsvActions } from '../../components/import/CsvActions';
import { rangeProblem } from '../../stores/date-range';
import { useDateRange } from '../../stores/use-date-range';
import { currentShift } from '../my-shift/current-shift';
import type { ScreenProps } from '../screen-props';
import '../../components/form/screen-kit.css';
import { DefectsGrid } from './DefectsGrid';
import { INSPECTION_COLUMNS, INSPECTION_MORE } from './quality-columns';

type Inspection = Row<'quality_entry'>;

/** Inspections of the chosen client and period as a grid, and the defects of the one under the cursor below. */
export function QualityScreen({ me }: ScreenProps) {
  const client = useEntryClient();
  const range = useDateRange();
  const [active, setActive] = useState<Inspection | null>(null);
  const [reloads, setReloads] = useState(0);
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null);
  return (
    <section aria-labelledby="quality-title">
      <h2 id="quality-title">Quality</h2>
      {client === null ? (
        <PickOneClient
          me={me}
          what="Quality"
          message="Inspections are entered for one client at a time. Pick the client:"
        />
      ) : rangeProblem(range) ? (
        <p>Pick a period above to see and enter inspections.</p>
      ) : (
        <>
          <DataGrid
            domain="quality"
            clientId={client}
            filter={range}
            columns={INSPECTION_COLUMNS}
            more={INSPECTION_MORE}
            fixed={{ client_id: client }}
            defaults={{
              shift_date: range.to,
              shift_type: currentShift(new Date()).shift,
              qc_inspector_id: me.username,
            }}
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
                plural="inspections"
                filter={{ clientIds: [client], ...range }}
                onImported={() => setReloads((n) => n + 1)}
              />
            }
            title={`Inspections · ${client} · ${range.from === range.to ? range.from : `${range.from} to ${range.to}`}`}
            empty={`No inspections for ${client} in this period. Type one in the last row, then Ctrl+Enter; its defects go in the grid below.`}
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
            <p className="empty-state">
              Save an inspection and move the cursor to it to log its defects here.
            </p>
          )}
        </>
      )}
    </section>
  );
}
