import type { PushEvent } from '../../common/contract';

export type PushListener = (event: PushEvent) => void;

/** Fan-out of push events to whichever transports are attached (IPC windows, SSE clients). */
export class EventBus {
  private readonly listeners = new Set<PushListener>();

  subscribe(listener: PushListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: PushEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}
