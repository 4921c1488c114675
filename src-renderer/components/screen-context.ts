import { createContext } from 'react';
import type { ScreenId } from './nav-items';

/** The screen a component is shown on: a grid's draft remembers it, to open it again on restore. */
export const ScreenContext = createContext<ScreenId>('dashboard');
