import { useState } from 'react';
import type { Me } from '../../src-shared/contract/auth';
import { DashboardScreen } from '../screens/dashboard/DashboardScreen';
import { SCREENS } from '../screens/registry';
import type { ScreenId } from './nav-items';
import { SideNav } from './SideNav';

/** The signed-in workspace: the screens on the left, the open screen beside them. */
export function AppShell({ me }: { me: Me }) {
  const [screen, setScreen] = useState<ScreenId>('dashboard');
  const Current = SCREENS[screen] ?? DashboardScreen;
  return (
    <div className="workspace">
      <SideNav role={me.role} current={screen} onOpen={setScreen} />
      <main className="workspace-main">
        {/* Only listed screens reach the nav; anything else falls back to the dashboard. */}
        <Current me={me} />
      </main>
    </div>
  );
}
