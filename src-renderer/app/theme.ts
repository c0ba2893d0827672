import { useLayoutEffect, useSyncExternalStore } from 'react';
import type { Settings } from '../../src-main/common/contract';

export type ResolvedTheme = 'light' | 'dark';

const darkQuery = window.matchMedia('(prefers-color-scheme: dark)');

function subscribeToSystemTheme(onChange: () => void): () => void {
  darkQuery.addEventListener('change', onChange);
  return () => darkQuery.removeEventListener('change', onChange);
}

/**
 * Resolves "system" to the OS preference and marks <html data-theme>, so CSS and the charts
 * (which need concrete colours) read the same palette.
 */
export function useResolvedTheme(setting: Settings['theme']): ResolvedTheme {
  const systemDark = useSyncExternalStore(subscribeToSystemTheme, () => darkQuery.matches);
  const resolved: ResolvedTheme = setting === 'system' ? (systemDark ? 'dark' : 'light') : setting;
  // A layout effect runs before any child's passive effect, so charts redrawn for the new theme read its colours.
  useLayoutEffect(() => {
    document.documentElement.dataset.theme = resolved;
  }, [resolved]);
  return resolved;
}
