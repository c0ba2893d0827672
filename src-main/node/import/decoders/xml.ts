import { XMLParser } from 'fast-xml-parser';
import { DecodeError } from './types';

/** A parsed XML element: child elements by local name (namespace prefixes removed), attributes as "@_name". */
export type XmlNode = { [key: string]: XmlValue };
export type XmlValue = string | XmlNode | XmlValue[] | undefined;

/** Elements that may repeat, so they always come back as arrays (a one-lap TCX is still a list of laps). */
const REPEATING = new Set(['Activity', 'Lap', 'Track', 'Trackpoint', 'NextSport', 'MultiSportSession', 'trk', 'trkseg', 'trkpt', 'rte']);

export function parseXml(bytes: Uint8Array, format: string): XmlNode {
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    processEntities: true,
    isArray: (name) => REPEATING.has(name),
  });
  try {
    return parser.parse(text, true) as XmlNode;
  } catch (error) {
    const detail = typeof error === 'object' && error && 'err' in error ? (error as { err: { msg: string } }).err.msg : (error as Error).message;
    throw new DecodeError(`malformed ${format} file: ${detail}`);
  }
}

export function child(node: XmlValue, name: string): XmlValue {
  return node && typeof node === 'object' && !Array.isArray(node) ? node[name] : undefined;
}

export function children(node: XmlValue, name: string): XmlNode[] {
  const value = child(node, name);
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.filter((v): v is XmlNode => typeof v === 'object' && v !== null && !Array.isArray(v));
}

/** Text content of an element (or of its "#text" when it also has attributes). */
export function text(node: XmlValue): string | null {
  if (typeof node === 'string') return node;
  if (node && typeof node === 'object' && !Array.isArray(node) && typeof node['#text'] === 'string') return node['#text'];
  return null;
}

export function numberAt(node: XmlValue, ...path: string[]): number | undefined {
  let current: XmlValue = node;
  for (const name of path) current = child(current, name);
  const raw = text(current);
  if (raw === null || raw.trim() === '') return undefined;
  const value = Number(raw);
  return Number.isFinite(value) ? value : undefined;
}

export function textAt(node: XmlValue, ...path: string[]): string | null {
  let current: XmlValue = node;
  for (const name of path) current = child(current, name);
  return text(current);
}

/** The first value under any of `names`, searched depth-first: extension schemas nest fields differently. */
export function findNumber(node: XmlValue, names: readonly string[], depth = 4): number | undefined {
  if (!node || typeof node !== 'object' || Array.isArray(node) || depth < 0) return undefined;
  for (const name of names) {
    const direct = numberAt(node, name);
    if (direct !== undefined) return direct;
  }
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('@_') || typeof value !== 'object') continue;
    const found = findNumber(Array.isArray(value) ? value[0] : value, names, depth - 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** ISO 8601 date-time, with an optional UTC offset ("Z", "+02:00", "+0200", "+02"). */
const ISO_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * Reads the time stamps of one activity and remembers whether they stated a UTC offset. One without
 * ("2013-01-01T12:00:00") is a local wall-clock time: it is read as if it were UTC, never in the zone
 * of the machine that imports it, and the activity is then 'floating' until its athlete's zone places
 * it (activity-placement.ts). Stamps that are not ISO 8601 are not read at all: how the runtime parses
 * other forms depends on that machine's zone too.
 */
export class TimeStampReader {
  private withOffset = 0;
  private withoutOffset = 0;

  read(value: string | null): number | undefined {
    const match = value ? ISO_TIME.exec(value.trim()) : null;
    if (!match) return undefined;
    const [, date, time, offset] = match;
    const clock = `${date}T${time!.replace(',', '.')}`;
    const ms = Date.parse(offset ? `${clock}${normalOffset(offset)}` : `${clock}Z`);
    if (!Number.isFinite(ms)) return undefined;
    if (offset) this.withOffset++;
    else this.withoutOffset++;
    return ms;
  }

  /** Floating when no stamp stated an offset; mixed stamps are taken as UTC (see `unanchored`). */
  get timeSource(): 'utc' | 'floating' {
    return this.withoutOffset > 0 && this.withOffset === 0 ? 'floating' : 'utc';
  }

  /** Stamps without an offset in an activity whose others have one: read as UTC, which the import reports. */
  get unanchored(): number {
    return this.withOffset > 0 ? this.withoutOffset : 0;
  }
}

function normalOffset(offset: string): string {
  if (/^z$/i.test(offset)) return 'Z';
  const digits = offset.slice(1).replace(':', '');
  return `${offset[0]}${digits.slice(0, 2)}:${digits.slice(2, 4) || '00'}`;
}
