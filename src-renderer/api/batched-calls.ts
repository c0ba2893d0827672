import type { Method, Result } from '../../src-main/common/contract';

interface PendingCall {
  method: Method;
  input: unknown;
  resolve: (result: Result<unknown>) => void;
}

type SendOne = (method: Method, input: unknown) => Promise<Result<unknown>>;

/**
 * Browser mode's calls, gathered per task: the calls a screen makes as it mounts (a dozen for the
 * athlete page) travel as one POST /api/batch, whose answers stream back one line each as the server
 * finishes them. Sent one by one they would queue for the browser's six connections per server (one
 * held by the push events) and arrive in turns. A lone call goes on its own through `sendOne`.
 */
export function batchedInvoke(sendOne: SendOne): SendOne {
  let pending: PendingCall[] = [];
  const flush = () => {
    const calls = pending;
    pending = [];
    if (calls.length === 1) void sendOne(calls[0]!.method, calls[0]!.input).then(calls[0]!.resolve);
    else void sendBatch(calls);
  };
  return (method, input) =>
    new Promise((resolve) => {
      pending.push({ method, input, resolve });
      // Effects of one React commit run in one go: a microtask later, all of their calls are here.
      if (pending.length === 1) queueMicrotask(flush);
    });
}

async function sendBatch(calls: PendingCall[]): Promise<void> {
  const answered = new Set<number>();
  const answer = (index: number, result: Result<unknown>) => {
    if (answered.has(index) || !calls[index]) return;
    answered.add(index);
    calls[index].resolve(result);
  };
  const answerRest = (result: Result<unknown>) => calls.forEach((_, index) => answer(index, result));
  try {
    const response = await fetch('/api/batch', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(calls.map(({ method, input }) => ({ method, input: input ?? {} }))),
    });
    if (!response.ok || !response.body) {
      answerRest(readEnvelope(response.status, await response.text()));
      return;
    }
    for await (const line of lines(response.body)) {
      const { index, result } = JSON.parse(line) as { index: number; result: Result<unknown> };
      answer(index, result);
    }
    answerRest(unanswered('The server stopped before answering'));
  } catch {
    answerRest(unanswered('Coach Workstation did not answer (is `coach serve` still running?)'));
  }
}

async function* lines(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    buffered += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffered.indexOf('\n')) !== -1) {
      yield buffered.slice(0, end);
      buffered = buffered.slice(end + 1);
    }
  }
}

function unanswered(message: string): Result<unknown> {
  return { ok: false, error: { code: 'INTERNAL', message } };
}

/** The server answers with an envelope even for HTTP errors; anything else (a proxy page, a crash) becomes one. */
export function readEnvelope(status: number, body: string): Result<unknown> {
  try {
    const parsed = JSON.parse(body) as Result<unknown>;
    if (typeof parsed === 'object' && parsed !== null && 'ok' in parsed) return parsed;
  } catch {
    // fall through to the generic error below
  }
  return unanswered(`Unexpected response from the server (HTTP ${status})`);
}
