import type { RendererActionId } from '../actions/registry';
import type { DetectedDevice } from './imports';

/** The kinds of stored data a write can change; `data.changed` names one. */
export type DataKind =
  | 'athletes'
  | 'activities'
  | 'wellness'
  | 'events'
  | 'settings'
  | 'imports'
  | 'devices'
  | 'plans'
  | 'workouts'
  | 'anomalies'
  | 'notes'
  | 'injuries'
  | 'calls';

/**
 * What a write changed: one kind of data, of one athlete when `athleteId` is given and of any athlete
 * (or of none in particular, such as devices and the workout library) when it is not. The UI refetches
 * only what reads that kind for that athlete.
 */
export interface DataChange {
  scope: DataKind;
  athleteId?: number;
}

/** Push events from the main process to the UI (IPC send or server-sent events). */
export type PushEvent =
  | ({ type: 'data.changed' } & DataChange)
  | {
      type: 'job.progress';
      job: string;
      done: number;
      total: number;
      label: string;
      /** Import jobs also report bytes, a time estimate (null until known) and whether cancel was requested. */
      bytesDone?: number;
      bytesTotal?: number;
      etaSeconds?: number | null;
      cancelled?: boolean;
    }
  /** A device or sync folder with files not yet imported; `prompt` is the sentence to show the coach. */
  | { type: 'device.detected'; device: DetectedDevice; prompt: string }
  /** The desktop app's menu asks the renderer to run one of its registry actions (common/actions/registry.ts). */
  | { type: 'action'; id: RendererActionId };

export type PushEventType = PushEvent['type'];
