import type { Me } from '../../src-shared/contract/auth';

// Its own file so the screens can name it without importing the registry that imports them.

/** What every screen receives: the signed-in user (the scope and period come from the stores). */
export interface ScreenProps {
  me: Me;
}
