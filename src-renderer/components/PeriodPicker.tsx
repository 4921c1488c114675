import { useTranslation } from 'react-i18next';
import { fmt } from '../i18n/fmt';
import { shiftWords } from '../screens/my-shift/ShiftPicker';
import { PRESET_IDS, PRESET_LABELS, type PresetId, rangeProblem } from '../stores/date-range';
import { useScopeStore } from '../stores/scope-store';
import { confirmScopeChange } from '../stores/unsaved-store';
import { useDateRange, useRunningShift } from '../stores/use-date-range';
import { DateInput } from './DateInput';

function isPresetId(value: string): value is PresetId {
  return (PRESET_IDS as readonly string[]).includes(value);
}

/** The period every screen shows: a preset, or two dates when "Custom" is picked. */
export function PeriodPicker() {
  const preset = useScopeStore((s) => s.preset);
  const custom = useScopeStore((s) => s.custom);
  const pickPreset = useScopeStore((s) => s.pickPreset);
  const setCustom = useScopeStore((s) => s.setCustom);
  const range = useDateRange();
  const running = useRunningShift();
  const { t } = useTranslation();
  const problem = preset === 'custom' ? rangeProblem(custom) : null;
  const move = (next: { from: string; to: string }): boolean => {
    if (!confirmScopeChange(next.from === next.to ? next.from : `${next.from} to ${next.to}`)) return false;
    setCustom(next);
    return true;
  };

  return (
    <div className="scope-field period">
      <label className="scope-label" htmlFor="period-preset">
        {t('scope.period')}
      </label>
      <select
        id="period-preset"
        value={preset}
        onChange={(event) => {
          const next = event.target.value;
          if (isPresetId(next) && confirmScopeChange(PRESET_LABELS[next].toLowerCase())) pickPreset(next);
        }}
      >
        {PRESET_IDS.map((id) => (
          <option key={id} value={id}>
            {PRESET_LABELS[id]}
          </option>
        ))}
      </select>
      {preset === 'custom' ? (
        <>
          <label className="scope-label" htmlFor="period-from">
            {t('scope.from')}
          </label>
          <DateInput
            id="period-from"
            value={custom.from}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'period-problem' : undefined}
            onCommit={(from) => move({ ...custom, from })}
          />
          <label className="scope-label" htmlFor="period-to">
            {t('scope.to')}
          </label>
          <DateInput
            id="period-to"
            value={custom.to}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'period-problem' : undefined}
            onCommit={(to) => move({ ...custom, to })}
          />
          {problem && (
            <span id="period-problem" className="field-error" role="alert">
              {problem}
            </span>
          )}
        </>
      ) : (
        <span className="scope-dates" data-testid="period-dates">
          {running
            ? shiftWords(running)
            : range.from === range.to
              ? fmt.date(range.from)
              : t('scope.range', { from: fmt.date(range.from), to: fmt.date(range.to) })}
        </span>
      )}
    </div>
  );
}
