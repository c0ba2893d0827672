import { EventEmitter } from 'node:events';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { DecodePool } from '../../../src-main/node/import/decode-pool';
import type { DecodeOutcome } from '../../../src-main/node/import/decode-protocol';

/**
 * A stand-in decode worker that speaks the pool's protocol and handles its inbox in order, like the
 * real one: "hang.fit" never finishes, "crash.fit" kills the thread, any other file decodes to an
 * empty result named after the file, so the test sees which file each answer belongs to.
 */
const FAKE_WORKER = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', (request) => {
  if (request.name === 'hang.fit') for (;;) {}
  if (request.name === 'crash.fit') throw new Error('boom');
  parentPort.postMessage({ taskId: request.taskId, ok: true, file: { sha256: request.name, byteLength: 0 },
    result: { format: 'fit', activities: [], warnings: [], originalStored: false } });
});`;

const decodeAll = (pool: DecodePool, names: string[]) =>
  Promise.all(names.map((name) => pool.decode(name, { bytes: new Uint8Array([1]) })));

const describeOutcome = (outcome: DecodeOutcome) => (outcome.ok ? `ok ${outcome.file.sha256}` : outcome.reason);

describe('DecodePool', () => {
  it('fails a file that hangs or crashes its worker and still decodes the files queued behind it', async () => {
    const pool = new DecodePool({
      size: 1,
      timeoutMs: 1000,
      createWorker: () => new Worker(FAKE_WORKER, { eval: true }),
    });
    try {
      const outcomes = await decodeAll(pool, ['a.fit', 'hang.fit', 'b.fit', 'crash.fit', 'c.fit']);
      expect(outcomes.map(describeOutcome)).toEqual([
        'ok a.fit',
        'decoding took longer than 1 s; the file is probably malformed',
        'ok b.fit',
        expect.stringMatching(/^the decoder crashed on this file \(boom\)$/),
        'ok c.fit',
      ]);
      // One worker to start with, one after the hang, one after the crash.
      expect(pool.stats.workersStarted).toBe(3);
      expect(pool.stats.filesPerWorker).toEqual([5]);
    } finally {
      await pool.close();
    }
  });

  it('blames a crash on the file being decoded even when the error overtakes the answer posted before it', async () => {
    // What a loaded machine did in CI: the worker answered a.fit, then died on crash.fit, and its
    // 'error' reached the pool before a.fit's answer. Node still delivers that answer before 'exit'.
    const worker = Object.assign(new EventEmitter(), {
      posted: [] as { taskId: number; name: string }[],
      postMessage(request: { taskId: number; name: string }) {
        this.posted.push(request);
      },
      ref: () => undefined,
      unref: () => undefined,
      terminate: async () => 1,
    });
    const pool = new DecodePool({ size: 1, createWorker: () => worker as unknown as Worker });
    const pending = decodeAll(pool, ['a.fit', 'crash.fit']);
    const [first] = worker.posted;
    worker.emit('error', new Error('boom'));
    worker.emit('message', {
      taskId: first!.taskId,
      ok: true,
      file: { sha256: 'a.fit', byteLength: 0 },
      result: { format: 'fit', activities: [], warnings: [], originalStored: false },
    });
    worker.emit('exit', 1);
    expect((await pending).map(describeOutcome)).toEqual(['ok a.fit', 'the decoder crashed on this file (boom)']);
    await pool.close();
  });

  it('keeps every worker busy with a file queued behind the one it decodes', async () => {
    const posted: string[][] = [];
    const pool = new DecodePool({
      size: 2,
      createWorker: () => {
        const worker = new Worker(FAKE_WORKER, { eval: true });
        const names: string[] = [];
        posted.push(names);
        const postMessage = worker.postMessage.bind(worker);
        worker.postMessage = (request: { name: string }) => {
          names.push(request.name);
          postMessage(request);
        };
        return worker;
      },
    });
    try {
      const pending = decodeAll(pool, ['1.fit', '2.fit', '3.fit', '4.fit', '5.fit']);
      // Before any answer: two files went to each worker, the fifth waits in the pool.
      expect(posted).toEqual([
        ['1.fit', '2.fit'],
        ['3.fit', '4.fit'],
      ]);
      expect((await pending).map(describeOutcome)).toEqual([
        'ok 1.fit',
        'ok 2.fit',
        'ok 3.fit',
        'ok 4.fit',
        'ok 5.fit',
      ]);
      expect(posted.flat().sort()).toEqual(['1.fit', '2.fit', '3.fit', '4.fit', '5.fit']);
    } finally {
      await pool.close();
    }
  });

  it('answers files still waiting when it is closed', async () => {
    const pool = new DecodePool({ size: 1, createWorker: () => new Worker(FAKE_WORKER, { eval: true }) });
    const pending = decodeAll(pool, ['hang.fit', 'a.fit', 'b.fit']);
    await pool.close();
    expect((await pending).map(describeOutcome)).toEqual(Array(3).fill('the import was stopped'));
  });
});
