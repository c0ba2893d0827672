import { useMutation, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { CallInput, CallOutput, Method } from '../../src-main/common/contract';
import { api } from './client';
import type { QueryMethod } from './data-scope';
import { callKey } from './query-keys';

type InputArgs<M extends Method> = undefined extends CallInput<M> ? [input?: CallInput<M>] : [input: CallInput<M>];
const call = api.call as <M extends Method>(method: M, input: CallInput<M> | undefined) => Promise<CallOutput<M>>;

/**
 * A read through the shared cache: `data` stays while a change the server announced is refetched, so a
 * screen never drops back to "Loading" (nor loses what was typed into it) on a background refresh.
 * Only calls listed in READS can be read this way, so every cached query says what it depends on.
 */
export function useCall<M extends QueryMethod>(method: M, ...args: InputArgs<M>): UseQueryResult<CallOutput<M>, Error> {
  const input = args[0];
  return useQuery({ queryKey: callKey(method, input), queryFn: () => call(method, input) });
}

/** Skips the call while `input` is null (the form has not said enough yet). */
export function useCallWhen<M extends QueryMethod>(
  method: M,
  input: CallInput<M> | null,
): UseQueryResult<CallOutput<M>, Error> {
  return useQuery({
    queryKey: callKey(method, input ?? undefined),
    queryFn: () => call(method, input ?? undefined),
    enabled: input !== null,
  });
}

/**
 * `run` waits for the answer itself rather than through TanStack's per-call callbacks: those are dropped
 * when the form unmounts first, and the server's change announcement, which can arrive before the answer,
 * may unmount it (a device prompt with nothing left to import) while the caller still needs the result.
 * A failure needs no handling here: it is the mutation's `error`, which the form shows.
 */
const ignoreShownError = () => undefined;

export interface CallMutation<M extends Method> {
  /** Sends the call; `onDone` runs with its answer if it succeeds, else the error is in `error`. */
  run(input: CallInput<M>, onDone?: (output: CallOutput<M>) => void): void;
  pending: boolean;
  error: Error | undefined;
  reset(): void;
}

/**
 * A write: whether it is on its way and the error it came back with, for the form to show. What it
 * changed is refetched when the server announces the change (`refetchOnDataChanges`), not here.
 */
export function useCallMutation<M extends Method>(method: M): CallMutation<M> {
  const mutation = useMutation<CallOutput<M>, Error, CallInput<M>>({ mutationFn: (input) => call(method, input) });
  return {
    run: (input, onDone) => void mutation.mutateAsync(input).then(onDone, ignoreShownError),
    pending: mutation.isPending,
    error: mutation.error ?? undefined,
    reset: mutation.reset,
  };
}

export interface Task {
  /**
   * Runs `task`; `onDone` runs if it succeeds, else the error is in `error`. It keeps its identity across
   * renders, so a handler built on it can stay stable for a child that subscribes to window events with it.
   */
  run(task: () => Promise<unknown>, onDone?: () => void): void;
  pending: boolean;
  error: Error | undefined;
}

/**
 * The same state for work that is more than one call (a call, then saving its file) or one of several
 * calls from the same controls, so such controls show progress and errors like a single-call form.
 */
export function useTask(): Task {
  const mutation = useMutation<unknown, Error, () => Promise<unknown>>({ mutationFn: (task) => task() });
  const { mutateAsync } = mutation;
  const run = useCallback<Task['run']>(
    (task, onDone) => void mutateAsync(task).then(() => onDone?.(), ignoreShownError),
    [mutateAsync],
  );
  return {
    run,
    pending: mutation.isPending,
    error: mutation.error ?? undefined,
  };
}
