import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { boundaryOf, MultipartSpool } from '../../../src-main/node/http/multipart-spool';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function formBody() {
  const form = new FormData();
  form.append('athleteId', '7');
  // Bytes that look like the start of a boundary, inside a file, must stay file content.
  form.append('file', new Blob([Buffer.from('one\r\n--not-the-boundary\r\n\r\nend')]), 'a "quoted" ñame.fit');
  form.append('file', new Blob([Buffer.alloc(0)]), 'empty.gpx');
  const response = new Response(form);
  return {
    body: Buffer.from(await response.arrayBuffer()),
    boundary: boundaryOf(response.headers.get('content-type')!),
  };
}

async function spool(boundary: string, chunks: Buffer[]) {
  const dir = mkdtempSync(join(tmpdir(), 'coach-spool-test-'));
  dirs.push(dir);
  const parser = new MultipartSpool(boundary, dir);
  for (const chunk of chunks) await parser.write(chunk);
  const form = await parser.finish();
  return {
    fields: Object.fromEntries(form.fields),
    files: form.files.map((f) => ({ name: f.name, bytes: f.bytes, content: readFileSync(f.path, 'utf8') })),
  };
}

describe('multipart spool', () => {
  it('parses the same form however the body is cut into chunks', async () => {
    const { body, boundary } = await formBody();
    const whole = await spool(boundary, [body]);
    expect(whole).toEqual({
      fields: { athleteId: '7' },
      files: [
        { name: 'a "quoted" ñame.fit', bytes: 30, content: 'one\r\n--not-the-boundary\r\n\r\nend' },
        { name: 'empty.gpx', bytes: 0, content: '' },
      ],
    });
    for (let cut = 1; cut < body.length; cut++) {
      expect(await spool(boundary, [body.subarray(0, cut), body.subarray(cut)]), `cut at ${cut}`).toEqual(whole);
    }
    const bytes = Array.from({ length: body.length }, (_, i) => body.subarray(i, i + 1));
    expect(await spool(boundary, bytes)).toEqual(whole);
  });

  it('refuses a body without its closing boundary, and a content type without a boundary', async () => {
    const { body, boundary } = await formBody();
    await expect(spool(boundary, [body.subarray(0, body.length - 8)])).rejects.toThrow(/closing multipart boundary/);
    expect(() => boundaryOf('multipart/form-data')).toThrow(/multipart\/form-data/);
    expect(boundaryOf('multipart/form-data; boundary="a b"')).toBe('a b');
  });
});
