import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { createInterface, type Interface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportReport, Result } from '../../../src-main/common/contract';
import { writeFitActivity } from '../../helpers/fit-writer';

const FILES = 60;
const FILE_BYTES = 5 * 1024 * 1024; // 300 MB in all
const CHUNK = Buffer.alloc(64 * 1024, 0x78); // 'x': not the start of any activity file
const BOUNDARY = 'coach-memory-test';

let child: ChildProcessWithoutNullStreams;
let lines: AsyncIterator<string>;
let readline: Interface;
let origin: string;
let cookie: string;

async function nextLine<T>(): Promise<T> {
  const { value, done } = await lines.next();
  if (done) throw new Error('the server process ended early');
  return JSON.parse(value as string) as T;
}

async function ask<T>(command: string): Promise<T> {
  child.stdin.write(`${command}\n`);
  return nextLine<T>();
}

/**
 * Streams a multipart body of `files` parts to /api/upload, generating it chunk by chunk as the socket
 * takes it (the test never holds it), and resolves with the server's answer.
 */
function streamUpload(files: { name: string; bytes: number; content?: Uint8Array }[]): Promise<Result<ImportReport>> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${origin}/api/upload`, {
      method: 'POST',
      headers: { cookie, 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
    });
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve(JSON.parse(body) as Result<ImportReport>));
    });
    req.on('error', reject);
    const parts = files.values();
    let part: (typeof files)[number] | undefined;
    let left = 0;
    const pump = () => {
      if (part && left > 0) {
        const size = Math.min(left, CHUNK.length);
        left -= size;
        return void req.write(
          part.content
            ? part.content.subarray(part.content.length - left - size, part.content.length - left)
            : CHUNK.subarray(0, size),
          pump,
        );
      }
      const next = parts.next();
      if (next.done) return void req.end(`\r\n--${BOUNDARY}--\r\n`);
      part = next.value;
      left = part.content?.length ?? part.bytes;
      const head = `${part === files[0] ? '' : '\r\n'}--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${part.name}"\r\n\r\n`;
      req.write(head, pump);
    };
    pump();
  });
}

beforeAll(async () => {
  const script = fileURLToPath(new URL('./upload-memory-server.ts', import.meta.url));
  child = spawn(process.execPath, ['--import', 'tsx', script], { stdio: ['pipe', 'pipe', 'pipe'] });
  child.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk));
  readline = createInterface({ input: child.stdout });
  lines = readline[Symbol.asyncIterator]();
  const { url } = await nextLine<{ url: string }>();
  origin = new URL(url).origin;
  const launch = await fetch(url, { redirect: 'manual' });
  cookie = launch.headers.getSetCookie()[0]!.split(';')[0]!;
}, 60_000);

afterAll(() => {
  readline?.close();
  child?.kill();
});

describe('browser mode upload memory', () => {
  it('streams a 300 MB upload to disk: the server grows by far less than the body', async () => {
    // A first, small upload starts the decode workers, which are not the upload's cost.
    const warmUp = await streamUpload([
      { name: 'ride.fit', bytes: 0, content: writeFitActivity({ durationSeconds: 600, seed: 11 }) },
    ]);
    expect(warmUp.ok && warmUp.value.files.map((f) => f.status)).toEqual(['skipped']); // no athlete to put it with yet
    const { rssKb } = await ask<{ rssKb: number }>('mark');

    const report = await streamUpload(
      Array.from({ length: FILES }, (_, i) => ({ name: `junk-${i}.fit`, bytes: FILE_BYTES })),
    );

    const { maxRssKb } = await ask<{ maxRssKb: number }>('peak');
    expect(report.ok).toBe(true);
    const files = (report as { value: ImportReport }).value.files;
    expect(files).toHaveLength(FILES);
    expect(files.every((f) => f.status === 'failed')).toBe(true);
    const growthMb = Math.round((maxRssKb - rssKb) / 1024);
    console.log(`upload of ${(FILES * FILE_BYTES) / 1048576} MB: peak resident memory grew by ${growthMb} MB`);
    // Before streaming, the body was held three to four times over (well over 1 GB here).
    expect(growthMb).toBeLessThan(200);
  }, 240_000);
});
