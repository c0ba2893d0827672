import { watch, type FSWatcher } from 'node:fs';
import type { FileSource } from '../import/file-sources';
import { scanForDevices, type ScannedDevice } from './device-scanner';

export interface DeviceChange {
  device: ScannedDevice;
  /** True when the device (or folder) was not there at the previous scan, e.g. just plugged in. */
  appeared: boolean;
  /** Files not seen at the previous scan, or whose size changed (a sync still writing). All files when it appeared. */
  addedFiles: FileSource[];
}

export interface DeviceMonitorOptions {
  /** Read at every scan, so roots and watch folders added in the UI take effect without a restart. */
  locations: () => Promise<{ mountRoots: string[]; watchFolders: string[] }>;
  onChange: (change: DeviceChange) => Promise<void>;
  onError?: (error: unknown) => void;
  /** Poll period. fs.watch reacts faster but misses mounts of folders that did not exist yet, so both run. */
  intervalMs?: number;
}

const WATCH_DEBOUNCE_MS = 300;

/**
 * Notices devices and files appearing under the mount roots and watch folders, and reports each change
 * once. Scans never overlap: a trigger during a scan schedules exactly one more.
 */
export class DeviceMonitor {
  private previous = new Map<string, Map<string, number>>();
  private devices: ScannedDevice[] = [];
  private timer: NodeJS.Timeout | null = null;
  private debounce: NodeJS.Timeout | null = null;
  private watchers = new Map<string, FSWatcher>();
  private running: Promise<void> | null = null;
  private rescan = false;

  constructor(private readonly options: DeviceMonitorOptions) {}

  start(): void {
    this.timer = setInterval(() => void this.scanNow(), this.options.intervalMs ?? 3000);
    this.timer.unref();
    void this.scanNow();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    if (this.debounce) clearTimeout(this.debounce);
    for (const watcher of this.watchers.values()) watcher.close();
    this.watchers.clear();
    this.timer = null;
  }

  /** The devices found by the latest scan. */
  current(): ScannedDevice[] {
    return this.devices;
  }

  /** Scans now (or right after the scan in progress) and resolves when the changes were handled. */
  async scanNow(): Promise<void> {
    if (this.running) {
      this.rescan = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.rescan = false;
        await this.scanOnce().catch((error: unknown) => this.options.onError?.(error));
      } while (this.rescan);
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async scanOnce(): Promise<void> {
    const { mountRoots, watchFolders } = await this.options.locations();
    this.watchLocations([...mountRoots, ...watchFolders]);
    const devices = await scanForDevices(mountRoots, watchFolders);
    const next = new Map<string, Map<string, number>>();
    for (const device of devices) {
      const sizes = new Map(device.files.map((f) => [f.path, f.bytes]));
      next.set(device.key, sizes);
      const before = this.previous.get(device.key);
      const addedFiles = before ? device.files.filter((f) => before.get(f.path) !== f.bytes) : device.files;
      if (!before || addedFiles.length > 0) await this.options.onChange({ device, appeared: !before, addedFiles });
    }
    this.previous = next;
    this.devices = devices;
  }

  private watchLocations(paths: string[]): void {
    for (const path of paths) {
      if (this.watchers.has(path)) continue;
      try {
        const watcher = watch(path, { persistent: false }, () => this.scheduleScan());
        watcher.on('error', () => {
          watcher.close();
          this.watchers.delete(path);
        });
        this.watchers.set(path, watcher);
      } catch {
        // The folder does not exist (yet): the poll will notice it when it does.
      }
    }
  }

  private scheduleScan(): void {
    if (this.debounce) clearTimeout(this.debounce);
    this.debounce = setTimeout(() => void this.scanNow(), WATCH_DEBOUNCE_MS);
    this.debounce.unref();
  }
}
