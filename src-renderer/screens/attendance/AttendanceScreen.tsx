import { PickOneClient } from '../../components/grid/PickOneClient';
import { useEntryClient } from '../../components/grid/use-entry-client';
import { useScopeStore } from '../../stores/scope-store';
import { ShiftPicker } from '../my-shift/ShiftPicker';
import type { ScreenProps } from '../screen-props';
import { AttendanceSection } from './AttendanceSection';

/** Attendance and coverage of one client, date and shift. */
export function AttendanceScreen({ me }: ScreenProps) {
  const client = useEntryClient();
  const shift = useScopeStore((s) => s.shift);
  const setShift = useScopeStore((s) => s.pickShift);
  return (
    <section aria-labelledby="attendance-title">
      <div className="screen-head">
        <h2 id="attendance-title">Attendance</h2>
        <ShiftPicker value={shift} onChange={setShift} />
      </div>
      {client === null ? (
        <PickOneClient me={me} what="Attendance" />
      ) : (
        <AttendanceSection clientId={client} shift={shift} csv />
      )}
    </section>
  );
}
