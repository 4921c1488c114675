import type { Me } from '../../src-shared/contract/auth';
import { fmt } from '../i18n/fmt';
import { i18next } from '../i18n/i18n';
import { shiftWords } from '../screens/my-shift/ShiftPicker';
import { choiceLabel } from '../stores/client-choice';
import { PRESET_LABELS } from '../stores/date-range';
import { useScopeStore } from '../stores/scope-store';
import { useDateRange, useRunningShift } from '../stores/use-date-range';
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
  const running = useRunningShift();
  const dates = running
    ? shiftWords(running)
    : range.from === range.to
      ? fmt.date(range.from)
      : i18next.t('scope.range', { from: fmt.date(range.from), to: fmt.date(range.to) });
  const when = SHIFT_SCREENS.has(screen)
    ? i18next.t('print.shift', { when: shiftWords(shift) })
    : i18next.t('print.period', {
        period: preset === 'custom' ? dates : `${PRESET_LABELS[preset]} (${dates})`,
      });
  return (
    <div className="print-header" data-testid="print-header">
      <p className="print-title">FloorKPI · {screenLabel(screen)}</p>
      <p>
        <span>{i18next.t('print.client', { client: choiceLabel(me, client) })}</span>
        {screen !== 'help' && screen !== 'admin' && <span>{when}</span>}
        <span>{i18next.t('print.printedBy', { name: me.fullName, username: me.username })}</span>
        <span>{printedAt(new Date())}</span>
      </p>
    </div>
  );
}
