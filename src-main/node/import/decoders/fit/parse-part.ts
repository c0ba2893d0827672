import FitParser from 'fit-file-parser';
import type { ParsedFit } from './parsed-types';

/**
 * Decodes one already-framed FIT part. `force: true` because the framing and CRCs were checked by
 * container.ts (which also accepts a zero header CRC, as the protocol does); units are SI (m, m/s, °C).
 */
export async function parseFitPart(bytes: Uint8Array): Promise<ParsedFit> {
  // The parser reads a whole ArrayBuffer: give it exactly this part's bytes. Not `bytes.slice()`: on a
  // Node Buffer that is a view, whose buffer may be Node's shared pool holding other small files.
  const copy = new Uint8Array(bytes);
  const parser = new FitParser({
    force: true,
    mode: 'list',
    speedUnit: 'm/s',
    lengthUnit: 'm',
    temperatureUnit: 'celsius',
  });
  try {
    return await parser.parseAsync(copy.buffer as ArrayBuffer);
  } catch (error) {
    // fit-file-parser rejects with strings; normalise so callers get one shape.
    throw new Error(typeof error === 'string' ? error : ((error as Error).message ?? String(error)));
  }
}
