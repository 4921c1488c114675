import type { ComponentType } from 'react';
import type { Me } from '../../src-shared/contract/auth';
import type { ScreenId } from '../components/nav-items';
import { DashboardScreen } from './dashboard/DashboardScreen';

/** What every screen receives: the signed-in user (the scope and period come from the stores). */
export interface ScreenProps {
  me: Me;
}

/**
 * The screen of each nav item. A screen is offered in the nav only once it is listed here, so the
 * nav never promises an empty page. One line per screen: add yours, nothing else.
 */
export const SCREENS: Partial<Record<ScreenId, ComponentType<ScreenProps>>> = {
  dashboard: DashboardScreen,
};
