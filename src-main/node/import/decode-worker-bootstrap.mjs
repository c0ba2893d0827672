// Starts a decode worker from the TypeScript sources (tests, the `coach` CLI, the benchmark): worker
// threads do not inherit the parent's tsx loader, so register it here before loading the entry.
// The bundled Electron main process never uses this file: it runs the compiled decode-worker.js.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.entry);
