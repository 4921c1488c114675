import { PeriodEntryScreen } from '../period-entry/PeriodEntryScreen';
import type { ScreenProps } from '../screen-props';

/** Production entries of the chosen client and period, typed or pasted like a spreadsheet. */
export function ProductionScreen({ me }: ScreenProps) {
  return <PeriodEntryScreen me={me} domain="production" />;
}
