import type { z } from 'zod';
import { analyticsCalls } from './analytics';
import { anomalyCalls } from './anomalies';
import { coreCalls } from './calls';
import { exportCalls } from './exports';
import { importCalls } from './imports';
import { planCalls } from './plans';
import { wellnessCalls } from './wellness';
import { workoutCalls } from './workouts';

/**
 * The whole API between the renderer and the main process. Each feature declares its calls once
 * (name, zod input schema, output type) in its own file; they are implemented once in
 * `node/api/handlers.ts` and reached over IPC (Electron) or loopback HTTP (browser mode).
 */
export const contract = {
  ...coreCalls,
  ...importCalls,
  ...analyticsCalls,
  ...workoutCalls,
  ...planCalls,
  ...anomalyCalls,
  ...exportCalls,
  ...wellnessCalls,
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type CallInput<M extends Method> = z.input<Contract[M]['input']>;
export type CallParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type CallOutput<M extends Method> = Contract[M]['output'];

export function isMethod(name: string): name is Method {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
