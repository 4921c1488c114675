import { useTranslation } from 'react-i18next';
import { PickOneClient } from '../../components/grid/PickOneClient';
import { useEntryClient } from '../../components/grid/use-entry-client';
import { useScopeStore } from '../../stores/scope-store';
import { ShiftPicker } from '../my-shift/ShiftPicker';
import { useFollowedShift } from '../my-shift/use-followed-shift';
import type { ScreenProps } from '../screen-props';
import { AttendanceSection } from './AttendanceSection';

/** Attendance and coverage of one client, date and shift. */
export function AttendanceScreen({ me }: ScreenProps) {
  const client = useEntryClient();
  const shift = useScopeStore((s) => s.shift);
  const setShift = useScopeStore((s) => s.pickShift);
  const { t } = useTranslation();
  useFollowedShift(client);
  return (
    <section aria-labelledby="attendance-title">
      <div className="screen-head">
        <h2 id="attendance-title">{t('attendance.title')}</h2>
        <ShiftPicker value={shift} onChange={setShift} mayOverride={me.role !== 'OPERATOR'} />
      </div>
      {client === null ? (
        <PickOneClient me={me} what={t('attendance.title')} />
      ) : (
        <AttendanceSection clientId={client} shift={shift} csv />
      )}
    </section>
  );
}
