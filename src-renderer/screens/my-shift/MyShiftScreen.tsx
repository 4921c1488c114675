import { DataGrid } from '../../components/grid/DataGrid';
import { PickOneClient } from '../../components/grid/PickOneClient';
import { useEntryClient } from '../../components/grid/use-entry-client';
import { ReportButton } from '../../components/reports/ReportButton';
import { choiceLabel } from '../../stores/client-choice';
import { useScopeStore } from '../../stores/scope-store';
import { AttendanceSection } from '../attendance/AttendanceSection';
import { DOWNTIME_COLUMNS, DOWNTIME_MORE } from '../downtime/downtime-columns';
import { PRODUCTION_COLUMNS, PRODUCTION_MORE } from '../production/production-columns';
import type { ScreenProps } from '../screen-props';
import { SHIFT_LABELS } from './current-shift';
import { ShiftPicker } from './ShiftPicker';

/**
 * One shift on one screen: the client (the operator's own, else the header's choice), today and the
 * shift running now are filled in; production, downtime and attendance follow each other.
 */
export function MyShiftScreen({ me }: ScreenProps) {
  const client = useEntryClient();
  // In the scope store, so a reload, a lock or the next sign-in returns to the same shift.
  const shift = useScopeStore((s) => s.shift);
  const setShift = useScopeStore((s) => s.pickShift);
  const fixed = { client_id: client ?? '', shift_date: shift.date, shift_type: shift.shift };
  const filter = { from: shift.date, to: shift.date, equals: { shift_type: shift.shift } };
  const when = `${shift.date}, ${SHIFT_LABELS[shift.shift]}`;
  return (
    <section aria-labelledby="my-shift-title">
      <div className="screen-head">
        <h2 id="my-shift-title">My shift</h2>
        {client && (
          <p className="screen-client" data-testid="my-shift-client">
            {choiceLabel(me, client)} ({client})
          </p>
        )}
        <ShiftPicker value={shift} onChange={setShift} />
        {client && (
          <ReportButton
            me={me}
            defaults={() => ({
              kind: 'shift',
              clientId: client,
              from: shift.date,
              to: shift.date,
              shift: shift.shift,
            })}
          />
        )}
      </div>
      {client === null ? (
        <PickOneClient me={me} what="A shift" />
      ) : (
        <>
          <DataGrid
            domain="production"
            clientId={client}
            filter={filter}
            columns={PRODUCTION_COLUMNS}
            more={PRODUCTION_MORE}
            fixed={fixed}
            title="Production"
            empty={`No production for ${client} on ${when} yet. Type in the last row or paste from Excel.`}
          />
          <DataGrid
            domain="downtime"
            clientId={client}
            filter={filter}
            columns={DOWNTIME_COLUMNS}
            more={DOWNTIME_MORE}
            fixed={fixed}
            title="Downtime"
            empty={`No downtime for ${client} on ${when}. If the line stopped, type the order, reason and minutes in the last row.`}
          />
          <AttendanceSection clientId={client} shift={shift} />
        </>
      )}
    </section>
  );
}
