import type { Me } from '../../src-shared/contract/auth';
import { SHIFT_LABELS } from '../screens/my-shift/current-shift';
import { choiceLabel } from '../stores/client-choice';
import { PRESET_LABELS } from '../stores/date-range';
import { useScopeStore } from '../stores/scope-store';
import { useDateRange } from '../stores/use-date-range';
import { type ScreenId, screenLabel } from './nav-items';
import { usePrinting } from './use-printing';

/** Screens that show one shift (its date and shift), not a period. */
const SHIFT_SCREENS: ReadonlySet<ScreenId> = new Set(['my-shift', 'attendance']);

/** "2026-03-02 21:05" on this PC's clock. */
export function printedAt(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

/**
 * What a printed page says it is: the screen, the client, the period or shift, who printed it and
 * when. Shown only on paper (print.css); worked out again as printing starts, so the time is the
 * time of printing.
 */
export function PrintHeader({ me, screen }: { me: Me; screen: ScreenId }) {
  usePrinting();
  const client = useScopeStore((s) => s.client);
  const preset = useScopeStore((s) => s.preset);
  const shift = useScopeStore((s) => s.shift);
  const range = useDateRange();
  const dates = range.from === range.to ? range.from : `${range.from} to ${range.to}`;
  const when = SHIFT_SCREENS.has(screen)
    ? `Shift: ${shift.date}, ${SHIFT_LABELS[shift.shift]}`
    : `Period: ${preset === 'custom' ? dates : `${PRESET_LABELS[preset]} (${dates})`}`;
  return (
    <div className="print-header" data-testid="print-header">
      <p className="print-title">FloorKPI · {screenLabel(screen)}</p>
      <p>
        <span>Client: {choiceLabel(me, client)}</span>
        {screen !== 'help' && screen !== 'admin' && <span>{when}</span>}
        <span>
          Printed by {me.fullName} ({me.username})
        </span>
        <span>{printedAt(new Date())}</span>
      </p>
    </div>
  );
}
