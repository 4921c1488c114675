import { PRESET_IDS, PRESET_LABELS, type PresetId, rangeProblem } from '../stores/date-range';
import { useScopeStore } from '../stores/scope-store';
import { useDateRange } from '../stores/use-date-range';

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
  const problem = preset === 'custom' ? rangeProblem(custom) : null;

  return (
    <div className="scope-field period">
      <label className="scope-label" htmlFor="period-preset">
        Period
      </label>
      <select
        id="period-preset"
        value={preset}
        onChange={(event) => {
          if (isPresetId(event.target.value)) pickPreset(event.target.value);
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
            From
          </label>
          <input
            id="period-from"
            type="date"
            value={custom.from}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'period-problem' : undefined}
            onChange={(event) => setCustom({ ...custom, from: event.target.value })}
          />
          <label className="scope-label" htmlFor="period-to">
            To
          </label>
          <input
            id="period-to"
            type="date"
            value={custom.to}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'period-problem' : undefined}
            onChange={(event) => setCustom({ ...custom, to: event.target.value })}
          />
          {problem && (
            <span id="period-problem" className="field-error" role="alert">
              {problem}
            </span>
          )}
        </>
      ) : (
        <span className="scope-dates" data-testid="period-dates">
          {range.from === range.to ? range.from : `${range.from} to ${range.to}`}
        </span>
      )}
    </div>
  );
}
