import { type DemoClient, FLOATERS_PER_CLIENT, floaterId, REGULARS_PER_CLIENT, regularId } from './demo-plan';
import type { LineShift } from './demo-profile';
import type { Random } from './random';
import { idAt, lastDayOf, momentOf, type SeedContext } from './seed-context';
import type { Stamped } from './seed-types';
import { verification } from './verification';

/** Scheduled hours of both demo shifts (the default calendar: 07:00-17:00 less 1 h, 21:00-06:00). */
export const SHIFT_HOURS = 9;
export const SHIFT_START: Readonly<Record<LineShift, string>> = { SHIFT_1ST: '07:00', SHIFT_2ND: '21:00' };

/** One station that ran on a day: whose station it is, who worked it, and for how many hours. */
export interface Station {
  operatorId: string;
  workerId: string;
  hours: number;
  coveredBy: string | null;
  /** Hours the operator was absent from a shift they partly worked. */
  partialAbsence: number;
}

export interface Workforce {
  attendance: Stamped[];
  coverage: Stamped[];
  /** staffing[day][line]: the stations that ran. */
  staffing: Station[][][];
}

interface DayRecord {
  absent: boolean;
  /** Hours missed (the whole shift for a full absence). */
  hours: number;
  type: string | null;
}

/** How an employee's absences go: a multiplier of the client's rate and any ongoing spell. */
interface AbsenceState {
  rate: number;
  spellLeft: number;
  spellType: string;
}

/** The next day of one employee: a spell continues, a new one starts, a late arrival, or present. */
function nextDay(state: AbsenceState, random: Random, sickRate: number): DayRecord {
  if (state.spellLeft > 0) {
    state.spellLeft -= 1;
    return { absent: true, hours: SHIFT_HOURS, type: state.spellType };
  }
  const start = (type: string, length: number): DayRecord => {
    state.spellType = type;
    state.spellLeft = length - 1;
    return { absent: true, hours: SHIFT_HOURS, type };
  };
  if (random.chance(0.0025)) return start('VACATION', random.int(3, 5));
  if (random.chance(sickRate)) return start('MEDICAL_LEAVE', random.int(2, 4));
  if (random.chance(state.rate)) {
    // Frequent absentees often take two days in a row: short spells are what Bradford punishes.
    const length = state.rate > 0.05 && random.chance(0.3) ? 2 : 1;
    return start(random.chance(0.8) ? 'UNSCHEDULED_ABSENCE' : 'PERSONAL_DAY', length);
  }
  if (random.chance(0.01))
    return { absent: true, hours: random.int(1, 4), type: random.pick(['PERSONAL_DAY', 'OTHER']) };
  return { absent: false, hours: 0, type: null };
}

/**
 * Attendance of every employee of a client on every working day, the floating employees' coverage
 * of absences, and which stations therefore ran. Absences are recorded in every way KPIS.md reads
 * them: with absence hours, with worked hours only (scheduled − actual), or with neither (the whole
 * shift); coverage by a coverage entry, by the attendance row's `covered_by_floating_employee_id`,
 * or both.
 */
export function buildWorkforce(ctx: SeedContext): Workforce {
  const { client, days, staff } = ctx;
  const random = ctx.random.fork('attendance');
  const profile = client.profile;
  const ids = random.fork('ids');
  const sickRate = profile.unscheduledAbsence > 0.03 ? 0.004 : 0.0015;
  const regulars = Array.from({ length: REGULARS_PER_CLIENT }, (_, k) => {
    const rate =
      k >= REGULARS_PER_CLIENT - profile.frequentAbsentees
        ? profile.unscheduledAbsence * random.between(2.5, 4)
        : profile.unscheduledAbsence * random.between(0.3, 1.6);
    const shift: LineShift = profile.lines[lineIndexOf(client, k)]?.shift ?? 'SHIFT_1ST';
    return { id: regularId(client.index, k), shift, state: { rate, spellLeft: 0, spellType: '' } };
  });
  const floaters = Array.from({ length: FLOATERS_PER_CLIENT }, (_, k) => ({
    id: floaterId(client.index, k),
    shift: 'SHIFT_1ST' as LineShift,
    state: { rate: 0.006, spellLeft: 0, spellType: '' },
  }));
  // One suspension in the absenteeism client: a disciplinary spell a manager would ask about.
  const suspended = profile.frequentAbsentees >= 3 ? regulars[REGULARS_PER_CLIENT - 1] : undefined;
  const suspensionDay = random.int(5, Math.max(6, days.length - 10));
  const result: Workforce = { attendance: [], coverage: [], staffing: [] };
  const lastDay = lastDayOf(ctx);
  days.forEach((date, d) => {
    if (suspended && d === suspensionDay) {
      suspended.state.spellLeft = 3;
      suspended.state.spellType = 'SUSPENDED';
    }
    const records = new Map<string, DayRecord>();
    for (const person of [...regulars, ...floaters])
      records.set(person.id, nextDay(person.state, random, sickRate));
    // Coverage: free floaters (at work today) take full-day first-shift absences, in random order.
    const free = floaters.filter((f) => !records.get(f.id)?.absent).map((f) => f.id);
    const covered = new Map<string, { by: string; hours: number; how: 'both' | 'entry' | 'flag' }>();
    const absentees = random.shuffle(
      regulars.filter((r) => r.shift === 'SHIFT_1ST' && records.get(r.id)?.hours === SHIFT_HOURS),
    );
    for (const person of absentees) {
      if (free.length === 0 || !random.chance(profile.coverageRate)) continue;
      const by = free.shift() ?? '';
      const partial = random.chance(0.2);
      const how = partial
        ? random.pick(['both', 'entry'] as const)
        : random.weighted({ both: 6, entry: 2.5, flag: 1.5 });
      covered.set(person.id, { by, hours: partial ? SHIFT_HOURS / 2 : SHIFT_HOURS, how });
    }
    for (const person of [...regulars, ...floaters]) {
      const record = records.get(person.id) ?? { absent: false, hours: 0, type: null };
      const cover = covered.get(person.id);
      const at = momentOf(ctx, date, person.shift === 'SHIFT_1ST' ? '07:40' : '21:40');
      result.attendance.push({
        at,
        row: {
          attendance_entry_id: idAt(ids, at),
          employee_id: person.id,
          client_id: client.id,
          shift_date: date,
          shift_type: person.shift,
          scheduled_hours: SHIFT_HOURS,
          ...absenceColumns(record, random, profile.missingRate),
          covered_by_floating_employee_id: cover && cover.how !== 'entry' ? cover.by : null,
          coverage_confirmed: cover && date < lastDay ? 1 : 0,
          recorded_by_user_id: staff.recorder,
          ...verification(ctx, date, random, 'verified_by_user_id'),
          notes: record.type === 'SUSPENDED' ? 'Suspended three days (attendance policy)' : null,
        },
      });
      if (cover && cover.how !== 'flag') {
        const coveredAt = momentOf(ctx, date, '07:50');
        result.coverage.push({
          at: coveredAt,
          row: {
            coverage_entry_id: idAt(ids, coveredAt),
            absent_employee_id: person.id,
            floating_employee_id: cover.by,
            client_id: client.id,
            shift_date: date,
            shift_type: person.shift,
            coverage_duration_hours: cover.hours,
            recorded_by_user_id: staff.recorder,
            verified: date < lastDay ? 1 : 0,
            notes: cover.hours < SHIFT_HOURS ? 'Joined the line at mid-shift' : null,
          },
        });
      }
    }
    result.staffing.push(
      profile.lines.map((_, line) =>
        regulars
          .filter((_, k) => lineIndexOf(client, k) === line)
          .flatMap((person): Station[] => {
            const record = records.get(person.id);
            const cover = covered.get(person.id);
            if (cover)
              return [
                {
                  operatorId: person.id,
                  workerId: cover.by,
                  hours: cover.hours,
                  coveredBy: cover.by,
                  partialAbsence: 0,
                },
              ];
            if (!record?.absent) return [station(person.id, 0)];
            // An uncovered full-day absence leaves the station standing: no production entry.
            if (record.hours >= SHIFT_HOURS) return [];
            return [station(person.id, record.hours)];
          }),
      ),
    );
  });
  return result;
}

function station(id: string, partialAbsence: number): Station {
  return {
    operatorId: id,
    workerId: id,
    hours: SHIFT_HOURS - partialAbsence,
    coveredBy: null,
    partialAbsence,
  };
}

/** The line of the `k`-th regular employee of a client. */
export function lineIndexOf(client: DemoClient, k: number): number {
  let seats = 0;
  for (const [i, line] of client.profile.lines.entries()) {
    seats += line.stations;
    if (k < seats) return i;
  }
  return client.profile.lines.length - 1;
}

/** The attendance columns of a day: present, or absent recorded in one of KPIS.md's three ways. */
function absenceColumns(record: DayRecord, random: Random, missingRate: number): Record<string, unknown> {
  if (!record.absent)
    return { actual_hours: SHIFT_HOURS, is_absent: 0, absence_type: null, absence_hours: null };
  const worked = SHIFT_HOURS - record.hours;
  const full = record.hours >= SHIFT_HOURS;
  const how = random.weighted({
    hours: 0.75 - missingRate,
    actualOnly: 0.15,
    // "Neither" reads as the whole shift, so only a full absence may leave both blank.
    neither: full ? 0.1 + missingRate : 0,
  });
  return {
    actual_hours: how === 'neither' ? null : worked,
    is_absent: 1,
    absence_type: record.type,
    absence_hours: how === 'hours' ? record.hours : null,
  };
}
