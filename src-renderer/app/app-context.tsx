import { createContext, useContext } from 'react';
import type { AppInfo, Settings } from '../../src-main/common/contract';
import type { ResolvedTheme } from './theme';

export interface AppContextValue {
  info: AppInfo;
  settings: Settings;
  theme: ResolvedTheme;
}

export const AppContext = createContext<AppContextValue | undefined>(undefined);

/** App-wide facts every screen may need: settings (units, theme) and app.info. */
export function useAppContext(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useAppContext outside <AppContext>');
  return value;
}

export function useUnits(): Settings['units'] {
  return useAppContext().settings.units;
}
