import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText, invoke } from '../../api/client';
import { DataGrid } from '../../components/grid/DataGrid';
import { CsvActions } from '../../components/import/CsvActions';
import { fmt } from '../../i18n/fmt';
import type { ShiftChoice } from '../my-shift/current-shift';
import { shiftWords } from '../my-shift/ShiftPicker';
import { ATTENDANCE_COLUMNS, ATTENDANCE_MORE, COVERAGE_COLUMNS } from './attendance-columns';
import { adjustAttendance, explainCoverage } from './attendance-rules';

interface AttendanceSectionProps {
  clientId: string;
  shift: ShiftChoice;
  onSaved?: () => void;
  /** Offers CSV import and export of the date's rows (the attendance screen; "My shift" stays lean). */
  csv?: boolean;
}

/**
 * A shift's attendance: "Mark all present" starts it, the grid then holds only the absences to
 * change; below it, the floating employees who covered an absence.
 */
export function AttendanceSection({ clientId, shift, onSaved, csv = false }: AttendanceSectionProps) {
  const [reload, setReload] = useState(0);
  const [coverageReload, setCoverageReload] = useState(0);
  const csvFilter = { clientIds: [clientId], from: shift.date, to: shift.date };
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null);
  const fixed = { client_id: clientId, shift_date: shift.date, shift_type: shift.shift };
  const filter = { from: shift.date, to: shift.date, equals: { shift_type: shift.shift } };
  const when = shiftWords(shift);
  const { t } = useTranslation();

  async function markAllPresent() {
    setBusy(true);
    const result = await invoke('attendance.markAllPresent', fixed);
    setBusy(false);
    if (!result.ok) {
      setMessage({ text: errorText(result.error), failed: true });
      return;
    }
    const { created, alreadyRecorded, scheduledHours } = result.data;
    const already = alreadyRecorded > 0 ? ` ${t('attendance.already', { count: alreadyRecorded })}` : '';
    setMessage({
      text: `${t('attendance.marked', { count: created, hours: fmt.number(scheduledHours) })}${already} ${t('attendance.changeAbsences')}`,
      failed: false,
    });
    setReload((n) => n + 1);
    onSaved?.();
  }

  return (
    <div className="attendance-section">
      <DataGrid
        domain="attendance"
        clientId={clientId}
        filter={filter}
        columns={ATTENDANCE_COLUMNS}
        more={ATTENDANCE_MORE}
        fixed={fixed}
        title={t('attendance.gridTitle', { client: clientId, when })}
        empty={t('attendance.empty', { client: clientId, when })}
        reloadToken={reload}
        adjust={adjustAttendance}
        onSaved={onSaved}
        actions={
          <>
            {csv && (
              <CsvActions
                table="attendance_entry"
                plural={t('attendance.plural')}
                filter={csvFilter}
                onImported={() => setReload((n) => n + 1)}
              />
            )}
            <button type="button" onClick={() => void markAllPresent()} disabled={busy}>
              {t('attendance.markAll')}
            </button>
          </>
        }
        message={message}
      />
      <DataGrid
        domain="coverage"
        clientId={clientId}
        filter={filter}
        columns={COVERAGE_COLUMNS}
        fixed={fixed}
        title={t('attendance.coverageTitle', { when })}
        empty={t('attendance.coverageEmpty')}
        explain={explainCoverage}
        onSaved={onSaved}
        reloadToken={coverageReload}
        actions={
          csv && (
            <CsvActions
              table="coverage_entry"
              plural={t('attendance.coveragePlural')}
              filter={csvFilter}
              onImported={() => setCoverageReload((n) => n + 1)}
            />
          )
        }
      />
    </div>
  );
}
