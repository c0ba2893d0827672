/** Push events from the main process to the UI (IPC send or server-sent events). */
export type PushEvent =
  | { type: 'data.changed'; scope: 'athletes' | 'activities' | 'wellness' | 'events' | 'settings' }
  | { type: 'job.progress'; job: string; done: number; total: number; label: string };

export type PushEventType = PushEvent['type'];
