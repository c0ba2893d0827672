import type { CallInput, Method } from '../../src-main/common/contract';

/** A cached call's identity: the call's name, then its input (an omitted input is the empty one). */
export type CallKey = readonly [method: Method, input: Record<string, unknown>];

/** The one way a query key is made, so a call and its invalidation always agree on it. */
export function callKey<M extends Method>(method: M, input?: CallInput<M>): CallKey {
  return [method, (input ?? {}) as Record<string, unknown>];
}
