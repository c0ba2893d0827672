import { useCallback, useEffect, useState } from 'react';
import type { CallInput, CallOutput, Method } from '../../src-main/common/contract';
import { api } from './client';

export interface QueryState<T> {
  data: T | undefined;
  error: Error | undefined;
  /** True while the first answer for this input is pending; refetches keep showing the previous data. */
  loading: boolean;
  reload(): void;
}

interface Settled<T> {
  key: string;
  revision: number;
  data: T | undefined;
  error: Error | undefined;
}

/**
 * Calls `method` with `input` and calls it again whenever the main process announces `data.changed`
 * (imports, demo load, edits in another window), so every screen stays current without manual refreshes.
 */
export function useQuery<M extends Method>(method: M, input: CallInput<M>): QueryState<CallOutput<M>> {
  const inputJson = JSON.stringify(input ?? {});
  const key = `${method} ${inputJson}`;
  const [revision, setRevision] = useState(0);
  const [settled, setSettled] = useState<Settled<CallOutput<M>>>();

  useEffect(
    () =>
      api.onEvent((event) => {
        if (event.type === 'data.changed') setRevision((r) => r + 1);
      }),
    [],
  );

  useEffect(() => {
    let current = true;
    const call = api.call as (m: Method, i: unknown) => Promise<CallOutput<M>>;
    call(method, JSON.parse(inputJson)).then(
      (data) => current && setSettled({ key, revision, data, error: undefined }),
      (error: unknown) =>
        current &&
        setSettled({
          key,
          revision,
          data: undefined,
          error: error instanceof Error ? error : new Error(String(error)),
        }),
    );
    return () => {
      current = false;
    };
  }, [method, inputJson, key, revision]);

  const reload = useCallback(() => setRevision((r) => r + 1), []);
  const sameInput = settled?.key === key;
  return {
    data: sameInput ? settled.data : undefined,
    error: sameInput ? settled.error : undefined,
    loading: !sameInput,
    reload,
  };
}
