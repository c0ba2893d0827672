import { XMLParser } from 'fast-xml-parser';
import type { ActivityTimeSource } from '../../../common/domain/activity';
import { DecodeError } from './types';

/** A parsed XML element: child elements by local name (namespace prefixes removed), attributes as "@_name". */
export type XmlNode = { [key: string]: XmlValue };
export type XmlValue = string | XmlNode | XmlValue[] | undefined;

/** Elements that may repeat, so they always come back as arrays (a one-lap TCX is still a list of laps). */
const REPEATING = new Set([
  'Activity',
  'Lap',
  'Track',
  'Trackpoint',
  'NextSport',
  'MultiSportSession',
  'trk',
  'trkseg',
  'trkpt',
  'rte',
]);

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
    const detail =
      typeof error === 'object' && error && 'err' in error
        ? (error as { err: { msg: string } }).err.msg
        : (error as Error).message;
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
  if (node && typeof node === 'object' && !Array.isArray(node) && typeof node['#text'] === 'string')
    return node['#text'];
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
  /** The numeric offsets the stamps wrote, in minutes ("Z" and "+00:00" are UTC, not a local offset). */
  private readonly localOffsets = new Set<number>();
  private utcStamps = 0;

  read(value: string | null): number | undefined {
    const match = value ? ISO_TIME.exec(value.trim()) : null;
    if (!match) return undefined;
    const [, date, time, offset] = match;
    const clock = `${date}T${time!.replace(',', '.')}`;
    const normal = offset ? normalOffset(offset) : 'Z';
    const ms = Date.parse(`${clock}${normal}`);
    if (!Number.isFinite(ms)) return undefined;
    if (offset) this.withOffset++;
    else this.withoutOffset++;
    const minutes = offsetMinutes(normal);
    if (offset && minutes !== 0) this.localOffsets.add(minutes);
    else if (offset) this.utcStamps++;
    return ms;
  }

  /**
   * The local offset every stamp stated ("2026-03-01T07:00:00+02:00"), which dates the activity as a FIT
   * file's local_timestamp does; null when any stamp was UTC, had no offset, or the offsets differ.
   */
  get statedOffsetMinutes(): number | null {
    if (this.withoutOffset > 0 || this.utcStamps > 0 || this.localOffsets.size !== 1) return null;
    return [...this.localOffsets][0]!;
  }

  /** Floating when no stamp stated an offset; mixed stamps are taken as UTC (see `unanchored`). */
  get timeSource(): ActivityTimeSource {
    if (this.statedOffsetMinutes !== null) return 'file-offset';
    return this.withoutOffset > 0 && this.withOffset === 0 ? 'floating' : 'utc';
  }

  /** Stamps without an offset in an activity whose others have one: read as UTC, which the import reports. */
  get unanchored(): number {
    return this.withOffset > 0 ? this.withoutOffset : 0;
  }
}

function offsetMinutes(normal: string): number {
  if (normal === 'Z') return 0;
  const sign = normal.startsWith('-') ? -1 : 1;
  return sign * (Number(normal.slice(1, 3)) * 60 + Number(normal.slice(4, 6)));
}

function normalOffset(offset: string): string {
  if (/^z$/i.test(offset)) return 'Z';
  const digits = offset.slice(1).replace(':', '');
  return `${offset[0]}${digits.slice(0, 2)}:${digits.slice(2, 4) || '00'}`;
}
