import { useState } from 'react';
import type { Me } from '../../src-shared/contract/auth';
import type { SystemInfo } from '../../src-shared/contract/system';
import { DashboardScreen } from '../screens/dashboard/DashboardScreen';
import { SCREENS } from '../screens/registry';
import type { ScreenId } from './nav-items';
import { SideNav } from './SideNav';
import { UpdatePrompt } from './updates/UpdatePrompt';
import { useUnsavedReport } from './updates/use-unsaved-report';

/**
 * The signed-in workspace: the screens on the left, the open screen beside them. In the desktop
 * app it also reports unsaved rows to the shell and asks before restarting into an update.
 */
export function AppShell({ me, host = 'browser' }: { me: Me; host?: SystemInfo['host'] }) {
  const [screen, setScreen] = useState<ScreenId>('dashboard');
  const desktop = host === 'electron';
  useUnsavedReport(desktop);
  const Current = SCREENS[screen] ?? DashboardScreen;
  return (
    <div className="workspace">
      <SideNav role={me.role} current={screen} onOpen={setScreen} />
      <main className="workspace-main">
        {desktop && <UpdatePrompt />}
        {/* Only listed screens reach the nav; anything else falls back to the dashboard. */}
        <Current me={me} />
      </main>
    </div>
  );
}
