import type { CoreDeps } from '../core';
import type { Handlers } from '../dispatch';
import { authHandlers } from './auth-handlers';
import { systemHandlers } from './system-handlers';

/** Every channel's handler; `satisfies` makes a missing or misspelt channel a compile error. */
export const allHandlers = {
  ...systemHandlers,
  ...authHandlers,
} satisfies Handlers<CoreDeps>;
