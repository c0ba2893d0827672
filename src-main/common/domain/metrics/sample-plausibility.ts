import type { Sport } from '../sports';
import { formatNumber, listText, plural, pluralNoun } from '../../format';
import type { ActivityStreams } from '../activity';

/**
 * What no athlete or device can record, so a sample beyond it is a corrupt or fuzzed value (FIT's own
 * "invalid" markers, 0xFF and 0xFFFF, are dropped by the FIT parser already; 254 bpm or 65 534 W are
 * valid FIT numbers that no body produced). The limits sit well above the records they cite, so a real
 * sprint is never touched: they exist to keep one bad sample from scoring a ride TSS 17 000.
 */
export const SAMPLE_LIMITS = {
  /**
   * Elite track sprinters peak near 2 000–2 500 W over a second or so (Gardner et al. 2007, Eur J Appl
   * Physiol 101:287, SRM cranks); nobody has been measured near 3 000 W.
   */
  power: { min: 0, max: 3000, unit: 'W' },
  /**
   * Maximal heart rate is ≈ 208 − 0.7 × age (Tanaka et al. 2001, J Am Coll Cardiol 37:153): about 200
   * at 20, with the highest recorded in exercise around 220–230 bpm.
   */
  hr: { min: 0, max: 250, unit: 'bpm' },
  /**
   * Maximal pedalling rates of sprint cyclists are 230–250 rpm (Dorel et al. 2005, Int J Sports Med
   * 26:739); elite sprinters' step rate is about 4.5–5 Hz (270–300 steps/min, Mann & Herman 1985).
   */
  cadence: { min: 0, max: 300, unit: 'rpm' },
  /**
   * Dead Sea shore (−430 m) to the summit of Everest (8 849 m), the lowest and highest ground anyone
   * trains on.
   */
  altitude: { min: -500, max: 9000, unit: 'm' },
} as const;

/**
 * The fastest a sport's athletes move, m/s: Bolt's 12.4 m/s peak in the 2009 Berlin 100 m; the
 * 2.4 m/s of the 50 m freestyle record (20.91 s); an eight's 6.3 m/s over 2 000 m (5:18.68); road
 * descents near 130 km/h (36 m/s) in the Tour de France; the 70.8 m/s of the speed-skiing record
 * (Origone, 2016). Each limit leaves room above its record; sports without their own use skiing's.
 */
export const SPEED_LIMITS: Record<Sport, number> = {
  run: 12.5,
  walk: 12.5,
  swim: 3,
  row: 7,
  bike: 42,
  tri: 42,
  ski: 71,
  strength: 71,
  other: 71,
};

/**
 * Altitude cannot change faster than this, m per second: a 45° slope at the speed-skiing record drops
 * 50 m/s. A barometer glitch jumps hundreds of metres in one sample.
 */
export const MAX_VERTICAL_SPEED = 50;

/**
 * No single activity lasts longer: the longest non-stop races recorded as one activity end within a
 * week (the Tor des Géants' 330 km close after 150 h). A file claiming 30 days or 113 years has
 * broken times, and its load would be nonsense.
 */
export const MAX_ACTIVITY_SECONDS = 7 * 24 * 3600;

export type CheckedChannel = 'power' | 'hr' | 'cadence' | 'speed' | 'altitude';

/** Samples of one channel set aside as impossible, and the limit they broke. */
export interface SampleExclusion {
  channel: CheckedChannel;
  count: number;
  /** 'above' / 'below' the channel's limit, or an altitude 'jump' faster than MAX_VERTICAL_SPEED. */
  kind: 'above' | 'below' | 'jump';
  limit: number;
  /** Set when the values are the file's own summary figures (average, maximum, NP), not samples. */
  summary?: true;
}

const CHANNEL_NAMES: Record<CheckedChannel, { singular: string; plural: string }> = {
  power: { singular: 'power sample', plural: 'power samples' },
  hr: { singular: 'heart-rate sample', plural: 'heart-rate samples' },
  cadence: { singular: 'cadence sample', plural: 'cadence samples' },
  speed: { singular: 'speed sample', plural: 'speed samples' },
  altitude: { singular: 'altitude sample', plural: 'altitude samples' },
};

function limitsOf(channel: CheckedChannel, sport: Sport): { min: number; max: number; unit: string } {
  return channel === 'speed' ? { min: 0, max: SPEED_LIMITS[sport], unit: 'm/s' } : SAMPLE_LIMITS[channel];
}

/**
 * The streams with every impossible sample set to NaN (missing), and what was excluded. A channel
 * with nothing to exclude keeps its array; one with exclusions gets a copy, so the input is untouched.
 * Runs before any metric (NP, TSS, HRSS, pace), which then read the remaining samples.
 */
export function excludeImplausibleSamples(
  streams: ActivityStreams,
  sport: Sport,
): { streams: ActivityStreams; exclusions: SampleExclusion[] } {
  const kept: ActivityStreams = { ...streams };
  const exclusions: SampleExclusion[] = [];
  for (const channel of ['power', 'hr', 'cadence', 'speed', 'altitude'] as const) {
    const samples = streams[channel];
    if (!samples) continue;
    const { min, max } = limitsOf(channel, sport);
    let copy: Float64Array | null = null;
    const drop = (i: number) => {
      copy ??= Float64Array.from(samples);
      copy[i] = Number.NaN;
    };
    let above = 0;
    let below = 0;
    for (let i = 0; i < samples.length; i++) {
      const v = samples[i]!;
      if (v > max) {
        above++;
        drop(i);
      } else if (v < min) {
        below++;
        drop(i);
      }
    }
    const jumps = channel === 'altitude' ? dropAltitudeJumps(copy ?? samples, streams.time, drop) : 0;
    if (above > 0) exclusions.push({ channel, count: above, kind: 'above', limit: max });
    if (below > 0) exclusions.push({ channel, count: below, kind: 'below', limit: min });
    if (jumps > 0) exclusions.push({ channel, count: jumps, kind: 'jump', limit: MAX_VERTICAL_SPEED });
    if (copy) kept[channel] = copy;
  }
  return { streams: kept, exclusions };
}

/**
 * Drops altitudes further from the last kept one than MAX_VERTICAL_SPEED allows in the seconds
 * between them. The allowance grows while samples are dropped, so a lasting step (a recalibrated
 * barometer) is followed again after a few seconds rather than cutting off the rest of the ride.
 */
function dropAltitudeJumps(altitude: Float64Array, time: Float64Array, drop: (i: number) => void): number {
  let jumps = 0;
  let last = -1;
  for (let i = 0; i < altitude.length; i++) {
    const v = altitude[i]!;
    if (!Number.isFinite(v)) continue;
    if (last >= 0) {
      const seconds = Math.max(1, (time[i] ?? i) - (time[last] ?? last));
      if (Math.abs(v - altitude[last]!) > MAX_VERTICAL_SPEED * seconds) {
        jumps++;
        drop(i);
        continue;
      }
    }
    last = i;
  }
  return jumps;
}

/**
 * The summary figures a file states (average or maximum power, heart rate, speed; device NP) that no
 * athlete could reach, by channel: they are replaced by the figures of the remaining samples.
 */
export function implausibleSummaryValues(
  values: Partial<Record<CheckedChannel, (number | null | undefined)[]>>,
  sport: Sport,
): SampleExclusion[] {
  const exclusions: SampleExclusion[] = [];
  for (const [channel, stated] of Object.entries(values) as [CheckedChannel, (number | null | undefined)[]][]) {
    const { max } = limitsOf(channel, sport);
    const count = stated.filter((v) => typeof v === 'number' && v > max).length;
    if (count > 0) exclusions.push({ channel, count, kind: 'above', limit: max, summary: true });
  }
  return exclusions;
}

/** Whether a value of a channel is possible for the sport. */
export function isPlausible(channel: CheckedChannel, value: number, sport: Sport): boolean {
  const { min, max } = limitsOf(channel, sport);
  return value >= min && value <= max;
}

/** "3 power samples above 3 000 W excluded", "1 altitude sample jumping faster than 50 m/s excluded". */
export function describeExclusion(e: SampleExclusion, sport: Sport): string {
  const names = CHANNEL_NAMES[e.channel];
  const unit = limitsOf(e.channel, sport).unit;
  const limit = `${formatNumber(e.limit, 1, { trim: true })} ${e.kind === 'jump' ? 'm/s' : unit}`;
  if (e.summary)
    return `the file's own ${names.singular.replace(' sample', '')} ${pluralNoun(e.count, 'figure')} ${e.kind} ${limit} ignored`;
  const rule = e.kind === 'jump' ? `jumping faster than ${limit}` : `${e.kind} ${limit}`;
  return `${plural(e.count, names.singular, names.plural)} ${rule} excluded`;
}

/** Why an activity of this length cannot be imported, or null when its length is possible. */
export function impossibleDurationReason(seconds: number): string | null {
  if (Number.isFinite(seconds) && seconds >= 0 && seconds <= MAX_ACTIVITY_SECONDS) return null;
  const days = formatNumber(seconds / 86_400, 1, { trim: true });
  return `the activity claims to last ${days} days, longer than any single activity (${formatNumber(MAX_ACTIVITY_SECONDS / 86_400)} days): its times are broken`;
}

/** Every exclusion of an activity in one phrase, for its load sentence and the import report. */
export function describeExclusions(exclusions: readonly SampleExclusion[], sport: Sport): string {
  return listText(exclusions.map((e) => describeExclusion(e, sport)));
}
