import { SHIFT_TYPE_LABELS } from '../../../src-shared/domain/enum-labels';
import { SHIFT_TYPES, type ShiftType } from '../../../src-shared/domain/enums';
import type { KpiCard } from '../../../src-shared/kpi/dashboard';
import { i18next } from '../../i18n/i18n';
import { enumText } from '../../i18n/labels';
import { formatKpi, kpiLabel } from './kpi-format';

function isShiftType(value: string): value is ShiftType {
  return (SHIFT_TYPES as readonly string[]).includes(value);
}

/**
 * What a card above its 100 % ceiling says instead of a colour: the value cannot be right, and the
 * rows that push it up most (order, date, shift, units and their percent), to open and correct.
 */
export function CheckTheData({ card }: { card: KpiCard }) {
  const drivers = card.drivers ?? [];
  return (
    <div className="kpi-check" data-testid="kpi-check">
      <p>{i18next.t('dash.checkAbove', { label: kpiLabel(card.key) })}</p>
      {drivers.length > 0 && (
        <>
          <p>{i18next.t('dash.checkDrivers')}</p>
          <ul>
            {drivers.map((d) => (
              <li key={d.production_entry_id}>
                {d.work_order_id}, {d.shift_date}
                {d.shift_type && isShiftType(d.shift_type)
                  ? ` ${enumText('shift_type', d.shift_type, SHIFT_TYPE_LABELS[d.shift_type])}`
                  : ''}
                : {i18next.t('dash.checkUnits', { units: d.units })}
                {d.percent !== null ? ` (${formatKpi(d.percent, '%')})` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
