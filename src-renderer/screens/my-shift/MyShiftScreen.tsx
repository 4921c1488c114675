import { useTranslation } from 'react-i18next';
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
import { ShiftPicker, shiftWords } from './ShiftPicker';
import { useFollowedShift } from './use-followed-shift';

/**
 * One shift on one screen: the client (the operator's own, else the header's choice) and the shift
 * running now by that client's shift calendar are filled in (at 02:30 during a 21:00–06:00 night
 * shift, the night that started yesterday); production, downtime and attendance follow each other.
 */
export function MyShiftScreen({ me }: ScreenProps) {
  const client = useEntryClient();
  // In the scope store, so a reload, a lock or the next sign-in returns to the same shift.
  const shift = useScopeStore((s) => s.shift);
  const setShift = useScopeStore((s) => s.pickShift);
  useFollowedShift(client);
  const fixed = { client_id: client ?? '', shift_date: shift.date, shift_type: shift.shift };
  const filter = { from: shift.date, to: shift.date, equals: { shift_type: shift.shift } };
  const when = shiftWords(shift);
  const { t } = useTranslation();
  return (
    <section aria-labelledby="my-shift-title">
      <div className="screen-head">
        <h2 id="my-shift-title">{t('myShift.title')}</h2>
        {client && (
          <p className="screen-client" data-testid="my-shift-client">
            {choiceLabel(me, client)} ({client})
          </p>
        )}
        <ShiftPicker value={shift} onChange={setShift} mayOverride={me.role !== 'OPERATOR'} />
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
        <PickOneClient me={me} what={t('myShift.aShift')} />
      ) : (
        <>
          <DataGrid
            domain="production"
            clientId={client}
            filter={filter}
            columns={PRODUCTION_COLUMNS}
            more={PRODUCTION_MORE}
            fixed={fixed}
            title={t('myShift.production')}
            empty={t('myShift.noProduction', { client, when })}
          />
          <DataGrid
            domain="downtime"
            clientId={client}
            filter={filter}
            columns={DOWNTIME_COLUMNS}
            more={DOWNTIME_MORE}
            fixed={fixed}
            title={t('myShift.downtime')}
            empty={t('myShift.noDowntime', { client, when })}
          />
          <AttendanceSection clientId={client} shift={shift} />
        </>
      )}
    </section>
  );
}
