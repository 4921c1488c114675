import { useEffect } from 'react';
import type { Me } from '../../src-shared/contract/auth';
import type { SystemInfo } from '../../src-shared/contract/system';
import { DashboardScreen } from '../screens/dashboard/DashboardScreen';
import { SCREENS } from '../screens/registry';
import { useScopeStore } from '../stores/scope-store';
import { confirmLeave } from '../stores/unsaved-store';
import { DraftOffers } from './DraftOffers';
import { PrintHeader } from './PrintHeader';
import { SideNav } from './SideNav';
import { ScreenContext } from './screen-context';
import { UpdatePrompt } from './updates/UpdatePrompt';
import { useUnsavedReport } from './updates/use-unsaved-report';

/**
 * The signed-in workspace: the screens on the left, the open screen beside them. In the desktop
 * app it also reports unsaved rows to the shell and asks before restarting into an update.
 */
export function AppShell({ me, host = 'browser' }: { me: Me; host?: SystemInfo['host'] }) {
  // The screen lives in the scope store: remembered per user, and opened from anywhere (a card's Help link).
  const screen = useScopeStore((s) => s.screen);
  const openScreen = useScopeStore((s) => s.openScreen);
  const desktop = host === 'electron';
  useUnsavedReport(desktop);
  const Current = SCREENS[screen] ?? DashboardScreen;
  // F1 opens Help from anywhere, a grid's cell editor included (heard before the editor takes keys);
  // from a grid, at its keys.
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== 'F1') return;
      event.preventDefault();
      const inGrid = event.target instanceof Element && event.target.closest('.data-grid') !== null;
      const { screen: open, openScreen: go } = useScopeStore.getState();
      if (open === 'help' || confirmLeave()) go('help', inGrid ? 'help-keys' : null);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
  return (
    <div className="workspace">
      <SideNav role={me.role} current={screen} onOpen={(id) => openScreen(id)} />
      <main className="workspace-main">
        {/*
          A frame for paper only (on screen its parts are plain blocks, print.css): Chromium repeats
          a table's header on every printed sheet, so each sheet carries the print header.
        */}
        <table className="print-frame" role="presentation">
          <thead>
            <tr>
              <td>
                <PrintHeader me={me} screen={screen} />
              </td>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>
                {desktop && <UpdatePrompt />}
                <DraftOffers />
                {/* Only listed screens reach the nav; anything else falls back to the dashboard. */}
                <ScreenContext.Provider value={screen}>
                  <Current me={me} />
                </ScreenContext.Provider>
              </td>
            </tr>
          </tbody>
        </table>
      </main>
    </div>
  );
}
