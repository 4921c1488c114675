import { useState } from 'react';
import { PickOneClient } from '../../components/grid/PickOneClient';
import { useEntryClient } from '../../components/grid/use-entry-client';
import { currentShift } from '../my-shift/current-shift';
import { ShiftPicker } from '../my-shift/ShiftPicker';
import type { ScreenProps } from '../registry';
import { AttendanceSection } from './AttendanceSection';

/** Attendance and coverage of one client, date and shift. */
export function AttendanceScreen({ me }: ScreenProps) {
  const client = useEntryClient();
  const [shift, setShift] = useState(() => currentShift(new Date()));
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
