import { PeriodEntryScreen } from '../period-entry/PeriodEntryScreen';
import type { ScreenProps } from '../screen-props';

/** Downtime entries of the chosen client and period: reason, minutes, start, resolution. */
export function DowntimeScreen({ me }: ScreenProps) {
  return <PeriodEntryScreen me={me} domain="downtime" />;
}
