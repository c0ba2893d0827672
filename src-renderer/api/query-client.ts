import { QueryClient } from '@tanstack/react-query';
import type { DataChange } from '../../src-main/common/contract';
import type { ApiClient } from './client';
import { changeOf, isStaleAfter } from './data-scope';

/**
 * The renderer's one cache of call results. Data is refetched when the main process announces a change
 * to it (see `refetchOnDataChanges`) and when a screen mounts (a CLI run may have written to the same
 * database file); not on window focus, and a failed call is shown with its retry at once, not retried.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}

/**
 * Marks stale, and refetches if shown, only the queries that read what the server says changed. The
 * changes of one task (an import announces activities, wellness and skipped files) invalidate together.
 */
export function refetchOnDataChanges(queryClient: QueryClient, api: ApiClient): () => void {
  let pending: DataChange[] = [];
  return api.onEvent((event) => {
    const change = changeOf(event);
    if (!change) return;
    pending.push(change);
    if (pending.length > 1) return;
    queueMicrotask(() => {
      const changes = pending;
      pending = [];
      void queryClient.invalidateQueries({
        predicate: (query) => changes.some((change) => isStaleAfter(change, query.queryKey)),
      });
    });
  });
}
