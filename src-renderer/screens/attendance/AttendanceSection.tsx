import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText, invoke } from '../../api/client';
import { DataGrid } from '../../components/grid/DataGrid';
import { listAll } from '../../components/grid/grid-api';
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
  const [saves, setSaves] = useState(0);
  const narrow = useShiftPeople(clientId, shift, reload + coverageReload + saves);
  const saved = () => {
    setSaves((n) => n + 1);
    onSaved?.();
  };

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
        narrow={narrow.attendance}
        fixed={fixed}
        title={t('attendance.gridTitle', { client: clientId, when })}
        empty={t('attendance.empty', { client: clientId, when })}
        reloadToken={reload}
        adjust={adjustAttendance}
        onSaved={saved}
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
        narrow={narrow.coverage}
        fixed={fixed}
        title={t('attendance.coverageTitle', { when })}
        empty={t('attendance.coverageEmpty')}
        explain={explainCoverage}
        onSaved={saved}
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

type Narrow = Readonly<Record<string, (value: string) => boolean>>;

/**
 * Who may be picked in this shift (issue 9, rule 3): a coverage's absent employee is someone marked
 * absent here; a floating employee is neither absent nor already covering in the shift. Read from
 * the shift's rows again after each save or import (`token`); the core refuses the rest anyway.
 */
function useShiftPeople(
  clientId: string,
  shift: ShiftChoice,
  token: number,
): { attendance: Narrow; coverage: Narrow } {
  const [rows, setRows] = useState<{ absent: Set<string>; busy: Set<string> }>({
    absent: new Set(),
    busy: new Set(),
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: `token` asks for the shift's rows again after a save.
  useEffect(() => {
    let live = true;
    const filter = {
      clientIds: [clientId],
      from: shift.date,
      to: shift.date,
      equals: { shift_type: shift.shift },
    };
    void Promise.all([listAll('attendance', filter), listAll('coverage', filter)]).then(
      ([attendance, coverage]) => {
        if (!live || !attendance.ok || !coverage.ok) return;
        const absent = new Set(
          attendance.data.filter((r) => r.is_absent === 1).map((r) => String(r.employee_id)),
        );
        const busy = new Set([
          ...absent,
          ...coverage.data.map((r) => String(r.floating_employee_id)),
          ...attendance.data
            .map((r) => r.covered_by_floating_employee_id)
            .filter((v) => typeof v === 'string'),
        ]);
        setRows({ absent, busy });
      },
    );
    return () => {
      live = false;
    };
  }, [clientId, shift.date, shift.shift, token]);
  return useMemo(() => {
    const free = (value: string) => !rows.busy.has(value);
    return {
      attendance: { covered_by_floating_employee_id: free },
      coverage: { absent_employee_id: (value: string) => rows.absent.has(value), floating_employee_id: free },
    };
  }, [rows]);
}
