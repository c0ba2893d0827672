import { useCallback, useState } from 'react';

/**
 * State that survives reloads in localStorage: per-machine display preferences (column layout, saved
 * views) that are no business of the shared database. A value that no longer parses or fails
 * `isValid` falls back to the default instead of breaking the screen.
 */
export function useStoredState<T>(key: string, fallback: T, isValid: (value: unknown) => value is T) {
  const [value, setValue] = useState<T>(() => {
    try {
      const stored: unknown = JSON.parse(localStorage.getItem(key) ?? 'null');
      return isValid(stored) ? stored : fallback;
    } catch {
      return fallback;
    }
  });
  const update = useCallback(
    (next: T) => {
      setValue(next);
      localStorage.setItem(key, JSON.stringify(next));
    },
    [key],
  );
  return [value, update] as const;
}
