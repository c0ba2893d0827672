import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Method, Result } from '../../../../src-main/common/contract';
import { batchedInvoke } from '../../../../src-renderer/api/batched-calls';

/** A response whose body arrives cut at the given byte offsets, like a stream the server writes line by line. */
function streamedResponse(text: string, cuts: number[] = []): Response {
  const bytes = new TextEncoder().encode(text);
  const bounds = [0, ...cuts, bytes.length];
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let i = 1; i < bounds.length; i++) controller.enqueue(bytes.slice(bounds[i - 1], bounds[i]));
      controller.close();
    },
  });
  return new Response(body, { status: 200, headers: { 'content-type': 'application/x-ndjson' } });
}

const line = (index: number, result: Result<unknown>) => `${JSON.stringify({ index, result })}\n`;

afterEach(() => vi.unstubAllGlobals());

describe('batchedInvoke', () => {
  it('sends the calls of one task as one batch and answers each from its own line, however the stream is cut', async () => {
    const fetchMock = vi.fn(async () => {
      const text =
        line(1, { ok: true, value: 'list' }) +
        line(0, { ok: true, value: 'Zoë' }) +
        line(2, { ok: false, error: { code: 'NOT_FOUND', message: 'gone' } });
      // Cut inside a line and inside the two bytes of "ë".
      const insideE = new TextEncoder().encode(text.slice(0, text.indexOf('ë'))).length + 1;
      return streamedResponse(text, [7, insideE]);
    });
    vi.stubGlobal('fetch', fetchMock);
    const sendOne = vi.fn();
    const invoke = batchedInvoke(sendOne);

    const results = await Promise.all([
      invoke('athletes.get' as Method, { id: 1 }),
      invoke('athletes.list' as Method, undefined),
      invoke('activities.get' as Method, { id: 9 }),
    ]);

    expect(sendOne).not.toHaveBeenCalled();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/batch');
    expect(JSON.parse(init.body as string)).toEqual([
      { method: 'athletes.get', input: { id: 1 } },
      { method: 'athletes.list', input: {} },
      { method: 'activities.get', input: { id: 9 } },
    ]);
    expect(results).toEqual([
      { ok: true, value: 'Zoë' },
      { ok: true, value: 'list' },
      { ok: false, error: { code: 'NOT_FOUND', message: 'gone' } },
    ]);
  });

  it('sends a lone call on its own', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    const sendOne = vi.fn(async () => ({ ok: true, value: 42 }) as Result<unknown>);
    const invoke = batchedInvoke(sendOne);

    expect(await invoke('app.info' as Method, undefined)).toEqual({ ok: true, value: 42 });
    expect(sendOne).toHaveBeenCalledWith('app.info', undefined);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('answers every call when the server refuses the batch, stops half-way or cannot be reached', async () => {
    const refused = { ok: false, error: { code: 'UNAUTHORIZED', message: 'Missing or wrong session token' } };
    const replies = [
      async () => new Response(JSON.stringify(refused), { status: 401 }),
      async () => streamedResponse(line(0, { ok: true, value: 'first' })),
      async () => {
        throw new TypeError('Failed to fetch');
      },
    ];
    const invoke = batchedInvoke(vi.fn());
    const both = () => Promise.all([invoke('athletes.list' as Method, {}), invoke('roster.list' as Method, {})]);

    vi.stubGlobal('fetch', vi.fn(replies[0]));
    expect(await both()).toEqual([refused, refused]);

    vi.stubGlobal('fetch', vi.fn(replies[1]));
    expect(await both()).toEqual([
      { ok: true, value: 'first' },
      { ok: false, error: { code: 'INTERNAL', message: 'The server stopped before answering' } },
    ]);

    vi.stubGlobal('fetch', vi.fn(replies[2]));
    const unreachable = await both();
    expect(unreachable.map((r) => !r.ok && r.error.code)).toEqual(['INTERNAL', 'INTERNAL']);
    expect(unreachable[0]).toMatchObject({ error: { message: expect.stringContaining('did not answer') } });
  });
});
