import type { ComponentType } from 'react';
import type { ScreenId } from '../components/nav-items';
import { AdminScreen } from './admin/AdminScreen';
import { AttendanceScreen } from './attendance/AttendanceScreen';
import { DashboardScreen } from './dashboard/DashboardScreen';
import { DowntimeScreen } from './downtime/DowntimeScreen';
import { HelpScreen } from './help/HelpScreen';
import { HoldsScreen } from './holds/HoldsScreen';
import { MyShiftScreen } from './my-shift/MyShiftScreen';
import { ProductionScreen } from './production/ProductionScreen';
import { QualityScreen } from './quality/QualityScreen';
import type { ScreenProps } from './screen-props';
import { WorkOrdersScreen } from './work-orders/WorkOrdersScreen';

export type { ScreenProps } from './screen-props';

/**
 * The screen of each nav item. A screen is offered in the nav only once it is listed here, so the
 * nav never promises an empty page. One line per screen: add yours, nothing else.
 */
export const SCREENS: Partial<Record<ScreenId, ComponentType<ScreenProps>>> = {
  dashboard: DashboardScreen,
  'my-shift': MyShiftScreen,
  production: ProductionScreen,
  downtime: DowntimeScreen,
  attendance: AttendanceScreen,
  quality: QualityScreen,
  holds: HoldsScreen,
  'work-orders': WorkOrdersScreen,
  admin: AdminScreen,
  help: HelpScreen,
};
