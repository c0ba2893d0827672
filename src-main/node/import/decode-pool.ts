import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { DecodeInput, DecodeOutcome, DecodeRequest, DecodeResponse, KeepOriginal } from './decode-protocol';

/*
 * Why a pool of its own and not piscina (checked against piscina 5.3's run() and its sources): its one
 * per-task control is an AbortSignal, which kills the task's thread, and
 *  - it says nothing when a task starts running (a custom taskQueue's shift() comes nearest, but a task
 *    shifted there can still go back undistributed), so a timeout signal also counts the time a file
 *    waits its turn and a long import would fail files no worker had begun; this pool times a file from
 *    the moment its worker starts it;
 *  - a task with a signal never shares a thread (documented for run()'s `signal`), so no worker could
 *    hold the next file in its inbox (FILES_PER_WORKER below);
 *  - without signals, two tasks per worker (concurrentTasksPerWorker: 2) run interleaved, and a worker's
 *    'error' or 'exit' fails every task it holds at once: the file waiting behind a crash would fail
 *    with it, where this pool blames the file being decoded and puts the waiting one back in the queue.
 * Keeping these guarantees would mean this queue and these timers on top of piscina: more code, not less.
 */

export type WorkerFactory = () => Worker;

export interface DecodePoolOptions {
  /** Number of worker threads; defaults to one fewer than the cores (at least one), capped at 4. */
  size?: number;
  /** A file whose decode runs longer than this is failed and its worker replaced (malformed input must not hang an import). */
  timeoutMs?: number;
  /** How to start a worker; the Electron main process passes one for its bundled worker file. */
  createWorker?: WorkerFactory;
}

export const DEFAULT_DECODE_TIMEOUT_MS = 30_000;
/** Idle workers are stopped after this long; the next import starts them again. */
const IDLE_SHUTDOWN_MS = 60_000;
/** Heap cap per worker: a crafted file can exhaust its worker, never the app. */
const WORKER_HEAP_MB = 768;
/**
 * Young-generation size per worker (V8 makes it three semi-spaces; this allows 64 MB ones).
 * fit-file-parser allocates an object per record and per field, tens of MB for an hour's file, almost
 * all dead by the end of the file. With V8's default 16 MB semi-spaces the scavenger runs several times
 * per file and copies the records still being built: on bench:import's corpus that cost about a
 * quarter more CPU per file (decode worker plus V8's helper threads), and the bare parse in such a
 * worker is faster too. The cost is memory while a worker is busy (up to ~130 MB more per worker);
 * idle workers stop.
 */
export const WORKER_YOUNG_GENERATION_MB = 192;

/** The V8 limits every decode worker runs with; the benchmark's bare-parse baseline uses the same. */
export const DECODE_WORKER_RESOURCE_LIMITS = {
  maxOldGenerationSizeMb: WORKER_HEAP_MB,
  maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB,
};

/**
 * Starts a decode worker from wherever this module runs. From the TypeScript sources (tests, the
 * CLI, the benchmark run under tsx) workers need the tsx loader, which decode-worker-bootstrap.mjs
 * registers; from compiled JavaScript the sibling decode-worker.js is loaded directly. A bundler that
 * emits the worker elsewhere (electron-vite's `?nodeWorker` import) passes its own factory instead.
 */
export function defaultWorkerFactory(): Worker {
  const resourceLimits = DECODE_WORKER_RESOURCE_LIMITS;
  if (import.meta.url.endsWith('.ts')) {
    const entry = new URL('./decode-worker.ts', import.meta.url).href;
    return new Worker(new URL('./decode-worker-bootstrap.mjs', import.meta.url), {
      workerData: { entry },
      resourceLimits,
    });
  }
  return new Worker(new URL('./decode-worker.js', import.meta.url), { resourceLimits });
}

interface Task {
  request: DecodeRequest;
  resolve: (outcome: DecodeOutcome) => void;
}

interface Slot {
  worker: Worker;
  /** Files posted to this worker, in order: the first is decoding, the others wait in its inbox. */
  tasks: Task[];
  /** The time limit of the first task. */
  timer: NodeJS.Timeout | null;
  /** Why the worker died, once its 'error' arrived; the file is failed on 'exit' (see startSlot). */
  crash: string | null;
}

/**
 * Files posted to a worker at once. With one, a worker sits idle from posting its result until the
 * main thread (busy writing a batch, reading the next file) has taken the result and posted the next
 * file: on bench:import that was a fifth of a lone worker's time. With two, the next file is already
 * in the worker's inbox.
 */
const FILES_PER_WORKER = 2;

/** What the pool has done, per worker position: how the benchmark checks that every worker took files. */
export interface DecodePoolStats {
  size: number;
  /** Files each position decoded (whether they decoded or not), since the pool was created. */
  filesPerWorker: number[];
  /** Worker threads started so far (a replaced or idle-stopped worker counts again when restarted). */
  workersStarted: number;
}

/**
 * A fixed set of decode workers, each decoding one file at a time with the next one queued. `decode`
 * never rejects: timeouts, worker crashes and decoder errors all become `{ok: false, reason}` so one
 * bad file cannot stop an import.
 */
export class DecodePool {
  /** Workers start on first need: an import of already-known files never pays their start-up. */
  private readonly slots: (Slot | null)[];
  private readonly waiting: Task[] = [];
  private readonly timeoutMs: number;
  private readonly createWorker: WorkerFactory;
  private nextTaskId = 1;
  private closed = false;
  private readonly filesPerWorker: number[];
  private workersStarted = 0;
  private idleTimer: NodeJS.Timeout | null = null;

  constructor(options: DecodePoolOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_DECODE_TIMEOUT_MS;
    this.createWorker = options.createWorker ?? defaultWorkerFactory;
    const size = options.size ?? Math.min(4, Math.max(1, availableParallelism() - 1));
    this.slots = new Array<Slot | null>(size).fill(null);
    this.filesPerWorker = new Array<number>(size).fill(0);
  }

  get size(): number {
    return this.slots.length;
  }

  get stats(): DecodePoolStats {
    return { size: this.size, filesPerWorker: [...this.filesPerWorker], workersStarted: this.workersStarted };
  }

  /**
   * Decodes one file, given as bytes or as a path the worker reads, and prepares it for the writer
   * (prepare.ts). With `keepOriginal`, a file that decodes to activities is also written to the
   * content-addressed originals store.
   */
  decode(name: string, input: DecodeInput, keepOriginal?: KeepOriginal): Promise<DecodeOutcome> {
    if (this.closed) return Promise.resolve({ ok: false, reason: 'the import was stopped' });
    return new Promise((resolve) => {
      this.waiting.push({
        request: { taskId: this.nextTaskId++, name, input: ownInput(input), ...(keepOriginal && { keepOriginal }) },
        resolve,
      });
      this.dispatch();
    });
  }

  /** Stops every worker; files still waiting or decoding resolve as not decoded. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    for (const task of this.waiting.splice(0)) task.resolve({ ok: false, reason: 'the import was stopped' });
    await Promise.all(
      this.slots.map((slot) => {
        if (!slot) return undefined;
        this.stopTimer(slot);
        for (const task of slot.tasks.splice(0)) task.resolve({ ok: false, reason: 'the import was stopped' });
        return slot.worker.terminate();
      }),
    );
  }

  private startSlot(): Slot {
    const slot: Slot = { worker: this.createWorker(), tasks: [], timer: null, crash: null };
    this.workersStarted++;
    slot.worker.on('message', (response: DecodeResponse) => {
      if (slot.tasks[0]?.request.taskId !== response.taskId) return;
      const { taskId: _taskId, ...outcome } = response;
      this.finishFirst(slot, outcome);
      this.dispatch();
    });
    // A worker's 'error' travels apart from its messages and can overtake the answer it posted just
    // before dying; Node delivers every posted message before 'exit', so the crash is blamed only then,
    // on the file the worker was really decoding.
    slot.worker.on('error', (error) => {
      slot.crash = `the decoder crashed on this file (${error.message})`;
    });
    slot.worker.on('exit', () => this.replace(slot, slot.crash ?? 'the decoder stopped unexpectedly on this file'));
    // Idle workers must not keep a CLI process alive.
    slot.worker.unref();
    return slot;
  }

  private dispatch(): void {
    for (const [index, existing] of this.slots.entries()) {
      if (this.waiting.length === 0) return;
      if (existing && existing.tasks.length >= FILES_PER_WORKER) continue;
      const slot = existing ?? this.startSlot();
      this.slots[index] = slot;
      while (slot.tasks.length < FILES_PER_WORKER && this.waiting.length > 0) {
        const task = this.waiting.shift()!;
        slot.tasks.push(task);
        this.filesPerWorker[index]!++;
        slot.worker.postMessage(task.request);
      }
      slot.worker.ref();
      this.startTimer(slot);
    }
  }

  /** Times the slot's first file, unless it is timed already (the worker decodes its files in order). */
  private startTimer(slot: Slot): void {
    if (slot.timer || slot.tasks.length === 0) return;
    slot.timer = setTimeout(
      () =>
        this.replace(
          slot,
          `decoding took longer than ${Math.round(this.timeoutMs / 1000)} s; the file is probably malformed`,
        ),
      this.timeoutMs,
    );
  }

  private stopTimer(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
  }

  /** Settles the slot's first file; the worker goes on with the next one in its inbox. */
  private finishFirst(slot: Slot, outcome: DecodeOutcome): void {
    this.stopTimer(slot);
    slot.tasks.shift()?.resolve(outcome);
    this.startTimer(slot);
    if (slot.tasks.length === 0) {
      slot.worker.unref();
      this.scheduleIdleShutdown();
    }
  }

  private scheduleIdleShutdown(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      if (this.waiting.length > 0 || this.slots.some((s) => s && s.tasks.length > 0)) return;
      this.slots.forEach((slot, index) => {
        if (!slot) return;
        slot.worker.removeAllListeners();
        slot.worker.on('error', () => undefined);
        void slot.worker.terminate();
        this.slots[index] = null;
      });
    }, IDLE_SHUTDOWN_MS);
    this.idleTimer.unref();
  }

  /**
   * Fails the slot's current file and puts a fresh worker in its place; the files queued behind it
   * were not started and go back to the front of the queue.
   */
  private replace(slot: Slot, reason: string): void {
    if (this.closed) return;
    const index = this.slots.indexOf(slot);
    if (index === -1) return;
    this.stopTimer(slot);
    slot.tasks.shift()?.resolve({ ok: false, reason });
    const notStarted = slot.tasks.splice(0);
    this.filesPerWorker[index]! -= notStarted.length;
    this.waiting.unshift(...notStarted);
    slot.worker.removeAllListeners();
    slot.worker.on('error', () => undefined);
    void slot.worker.terminate();
    this.slots[index] = null;
    this.dispatch();
  }
}

/** Posting a view clones its whole ArrayBuffer: a file that is a slice of something bigger goes alone. */
function ownInput(input: DecodeInput): DecodeInput {
  if (!('bytes' in input)) return input;
  const { bytes } = input;
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
    ? input
    : { ...input, bytes: new Uint8Array(bytes) };
}

const sharedPools = new Map<string, DecodePool>();

/**
 * Imports share long-lived pools: starting a worker costs a fraction of a second compiled and a few
 * seconds from the TypeScript sources, more than decoding a typical file. Idle workers stop by themselves.
 */
export function sharedDecodePool(
  options: Pick<DecodePoolOptions, 'size' | 'timeoutMs' | 'createWorker'> = {},
): DecodePool {
  if (options.createWorker) return new DecodePool(options);
  const key = `${options.size ?? 'default'}/${options.timeoutMs ?? DEFAULT_DECODE_TIMEOUT_MS}`;
  let pool = sharedPools.get(key);
  if (!pool) {
    pool = new DecodePool(options);
    sharedPools.set(key, pool);
  }
  return pool;
}
