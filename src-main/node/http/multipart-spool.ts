import { createWriteStream, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { HttpError } from './request-body';

/** An uploaded file, written to disk as it arrived. */
export interface SpooledFile {
  /** The name the browser gave (the report shows it); never used as a path. */
  name: string;
  path: string;
  bytes: number;
}

export interface SpooledForm {
  files: SpooledFile[];
  fields: Map<string, string>;
}

const MAX_PART_HEADER_BYTES = 16 * 1024;
const MAX_FIELD_BYTES = 64 * 1024;
const CRLF = Buffer.from('\r\n');
const HEADER_END = Buffer.from('\r\n\r\n');

export function boundaryOf(contentType: string | undefined): string {
  const match = /^multipart\/form-data\s*;(?:.*;)?\s*boundary=(?:"([^"]{1,70})"|([^\s;]{1,70}))/i.exec(
    contentType ?? '',
  );
  const boundary = match?.[1] ?? match?.[2];
  if (!boundary) throw new HttpError(400, 'Upload must be multipart/form-data with one or more "file" fields');
  return boundary;
}

/** A Content-Disposition parameter; browsers write a file name's quote and line breaks as %22, %0D, %0A. */
function dispositionParam(header: string, name: string): string | undefined {
  const match = new RegExp(`;\\s*${name}="((?:[^"\\\\]|\\\\.)*)"`, 'i').exec(header);
  return match?.[1]?.replace(/\\(.)/g, '$1').replace(/%22/g, '"').replace(/%0D/gi, '\r').replace(/%0A/gi, '\n');
}

type State =
  | { kind: 'preamble' }
  | { kind: 'after-boundary' }
  | { kind: 'headers' }
  | { kind: 'file'; file: SpooledFile; out: WriteStream }
  | { kind: 'field'; name: string; chunks: Buffer[]; bytes: number }
  | { kind: 'ignored' }
  | { kind: 'done' };

/**
 * A multipart/form-data body (RFC 7578) parsed as it streams in: each "file" part goes straight to its
 * own file in `dir`, other parts (small fields such as athleteId) are kept as text. Only a boundary's
 * length of bytes is ever held back, so an upload of any size costs the same memory.
 */
export class MultipartSpool {
  private readonly delimiter: Buffer;
  // The body's first boundary has no line break before it; starting with one lets one search find all.
  private pending: Buffer = Buffer.from('\r\n');
  private state: State = { kind: 'preamble' };
  /** A write error on a spooled file (disk full), raised at the next step. */
  private diskError: Error | undefined;
  private readonly files: SpooledFile[] = [];
  private readonly fields = new Map<string, string>();

  constructor(
    boundary: string,
    private readonly dir: string,
  ) {
    this.delimiter = Buffer.from(`\r\n--${boundary}`);
  }

  /** Takes the next chunk of the body; resolves once what it could write has been written. */
  async write(chunk: Buffer): Promise<void> {
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    for (;;) {
      const progressed = await this.step();
      if (!progressed) return;
    }
  }

  /** The parsed form, once the body has ended; a body cut short is refused. */
  async finish(): Promise<SpooledForm> {
    if (this.state.kind !== 'done') {
      await this.abort();
      throw new HttpError(400, 'The upload ended before its closing multipart boundary');
    }
    return { files: this.files, fields: this.fields };
  }

  /** Closes an open file after a failure (the caller removes `dir`). */
  async abort(): Promise<void> {
    if (this.state.kind === 'file') await closeStream(this.state.out);
    this.state = { kind: 'done' };
  }

  /** One parsing step over `pending`; false when it needs more bytes. */
  private async step(): Promise<boolean> {
    if (this.diskError) throw this.diskError;
    const state = this.state;
    switch (state.kind) {
      case 'preamble': {
        const at = this.pending.indexOf(this.delimiter);
        if (at === -1) {
          this.keepTail();
          return false;
        }
        this.pending = this.pending.subarray(at + this.delimiter.length);
        this.state = { kind: 'after-boundary' };
        return true;
      }
      case 'after-boundary': {
        if (this.pending.length < 2) return false;
        if (this.pending[0] === 0x2d && this.pending[1] === 0x2d) {
          this.state = { kind: 'done' };
          this.pending = Buffer.alloc(0);
          return false;
        }
        const lineEnd = this.pending.indexOf(CRLF);
        if (lineEnd === -1) {
          if (this.pending.length > 256) throw malformed('a boundary line is not followed by a line break');
          return false;
        }
        this.pending = this.pending.subarray(lineEnd + 2);
        this.state = { kind: 'headers' };
        return true;
      }
      case 'headers': {
        const bare = this.pending.subarray(0, 2).equals(CRLF);
        const end = bare ? 0 : this.pending.indexOf(HEADER_END);
        if (end === -1) {
          if (this.pending.length > MAX_PART_HEADER_BYTES) throw malformed('a part has headers over 16 KB');
          return false;
        }
        const headers = this.pending.subarray(0, end).toString('utf8');
        this.pending = this.pending.subarray(bare ? 2 : end + HEADER_END.length);
        this.state = await this.openPart(headers);
        return true;
      }
      case 'file':
      case 'field':
      case 'ignored': {
        const at = this.pending.indexOf(this.delimiter);
        const content =
          at === -1
            ? this.pending.subarray(0, Math.max(0, this.pending.length - this.delimiter.length + 1))
            : this.pending.subarray(0, at);
        await this.take(state, content);
        if (at === -1) {
          this.pending = this.pending.subarray(content.length);
          return false;
        }
        this.pending = this.pending.subarray(at + this.delimiter.length);
        await this.closePart(state);
        this.state = { kind: 'after-boundary' };
        return true;
      }
      case 'done':
        // Anything after the closing boundary is an epilogue, which RFC 2046 says to ignore.
        this.pending = Buffer.alloc(0);
        return false;
    }
  }

  private keepTail(): void {
    this.pending = this.pending.subarray(Math.max(0, this.pending.length - this.delimiter.length + 1));
  }

  private async openPart(headerBlock: string): Promise<State> {
    const disposition = headerBlock.split('\r\n').find((line) => /^content-disposition:/i.test(line)) ?? '';
    const field = dispositionParam(disposition, 'name');
    const fileName = dispositionParam(disposition, 'filename');
    if (field === 'file' && fileName !== undefined) {
      const file: SpooledFile = { name: fileName, path: join(this.dir, String(this.files.length)), bytes: 0 };
      this.files.push(file);
      const out = createWriteStream(file.path).on('error', (error) => (this.diskError ??= error));
      await new Promise<void>((resolve, reject) => out.once('open', () => resolve()).once('error', reject));
      return { kind: 'file', file, out };
    }
    if (field !== undefined && fileName === undefined) return { kind: 'field', name: field, chunks: [], bytes: 0 };
    return { kind: 'ignored' };
  }

  private async take(state: State, content: Buffer): Promise<void> {
    if (content.length === 0) return;
    if (state.kind === 'file') {
      state.file.bytes += content.length;
      if (!state.out.write(content)) await drained(state.out);
    } else if (state.kind === 'field') {
      state.bytes += content.length;
      if (state.bytes > MAX_FIELD_BYTES) throw new HttpError(413, `The form field "${state.name}" is over 64 KB`);
      state.chunks.push(content);
    }
  }

  private async closePart(state: State): Promise<void> {
    if (state.kind === 'file') await closeStream(state.out);
    else if (state.kind === 'field') this.fields.set(state.name, Buffer.concat(state.chunks).toString('utf8'));
  }
}

function malformed(reason: string): HttpError {
  return new HttpError(400, `The upload is not valid multipart/form-data: ${reason}`);
}

function drained(out: WriteStream): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => {
      out.off('drain', onDrain);
      reject(error);
    };
    const onDrain = () => {
      out.off('error', onError);
      resolve();
    };
    out.once('drain', onDrain).once('error', onError);
  });
}

function closeStream(out: WriteStream): Promise<void> {
  return new Promise((resolve, reject) => {
    if (out.closed) return resolve();
    out.once('error', reject);
    out.end(() => resolve());
  });
}
