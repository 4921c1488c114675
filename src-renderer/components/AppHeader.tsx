import type { Me } from '../../src-shared/contract/auth';
import { ClientPicker } from './ClientPicker';
import { PeriodPicker } from './PeriodPicker';
import { SignedInAs } from './SignedInAs';

/** The app name always; once signed in, who is working, for which client and period, and sign-out. */
export function AppHeader({ me }: { me: Me | null }) {
  return (
    <header className="app-header">
      <div className="app-header-row">
        <h1>FloorKPI</h1>
        {me && <SignedInAs me={me} />}
      </div>
      {me && (
        <div className="app-header-row scope-bar">
          <ClientPicker me={me} />
          <PeriodPicker />
        </div>
      )}
    </header>
  );
}
