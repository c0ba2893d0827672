import { buildActivityRecord } from '../build-record';
import { mapSport } from '../sport-mapping';
import { haversineMeters } from '../streams/derived';
import { columnsFromSamples, resampleToOneHertz, type TimedSample } from '../streams/resample';
import { namedForDay } from '../unnamed-activity';
import { DecodeError, type DecodeResult, type DecodedActivity } from '../types';
import {
  child,
  children,
  findNumber,
  numberAt,
  parseXml,
  textAt,
  TimeStampReader,
  type XmlNode,
  type XmlValue,
} from '../xml';

const GPX_UNNAMED_PREFIX = 'GPX track';

/**
 * GPX 1.0/1.1 tracks: each <trk> with timed points becomes one activity. Heart rate, cadence,
 * temperature and power come from the Garmin TrackPointExtension, the cluetrust gpxdata schema or a
 * bare <power> element. GPX records positions only, so distance is the haversine sum over points
 * (segment breaks included: the athlete did move) and speed is derived from it. Pauses are inferred
 * from gaps. GPX times are UTC ("Z") and the athlete's zone gives the day, unless every time states
 * the same local offset ("+02:00"), which then dates it; times written without any offset are the
 * athlete's local time (floating). An unnamed track is named for its local day. Routes, waypoints and untimed tracks describe
 * where to go, not a workout, so a file with only those is rejected with that reason.
 */
export async function decodeGpx(bytes: Uint8Array): Promise<DecodeResult> {
  const gpx = child(parseXml(bytes, 'GPX'), 'gpx');
  const creator = textAt(gpx, '@_creator');
  const activities: DecodedActivity[] = [];
  const warnings: string[] = [];
  const tracks = children(gpx, 'trk');
  for (const [index, track] of tracks.entries()) {
    const points = children(track, 'trkseg').flatMap((segment) => children(segment, 'trkpt'));
    const times = new TimeStampReader();
    const samples = pointsToSamples(points, times);
    // Some exporters stamp every point with the same placeholder time (one file uses 1901-12-13): untimed.
    const distinctSeconds = new Set(samples.map((s) => Math.round(s.timeMs / 1000))).size;
    if (distinctSeconds < 2) {
      if (points.length > 0) warnings.push(`GPX track ${index + 1} skipped: its points have no usable timestamps`);
      continue;
    }
    const startMs = samples[0]!.timeMs;
    const streams = resampleToOneHertz(columnsFromSamples(samples), { startMs, pauses: null });
    const { sport, subSport } = mapSport(textAt(track, 'type'));
    const givenName = textAt(track, 'name')?.trim() || null;
    const utcOffsetMinutes = times.statedOffsetMinutes ?? 0;
    const record = buildActivityRecord(
      {
        sport,
        subSport,
        name: givenName ?? namedForDay(GPX_UNNAMED_PREFIX, startMs, utcOffsetMinutes),
        startTimeMs: startMs,
        utcOffsetMinutes,
      },
      streams,
      [],
    );
    record.notes = textAt(track, 'desc') ?? '';
    if (times.unanchored > 0)
      warnings.push(`GPX track ${index + 1}: ${times.unanchored} times without a UTC offset were read as UTC`);
    activities.push({
      record,
      timeSource: times.timeSource,
      device: creator ? { manufacturer: null, product: creator, serial: null } : null,
      eventKey: null,
      legIndex: null,
      rrIntervalsMs: null,
      warnings: [],
      ...(givenName === null && { unnamedPrefix: GPX_UNNAMED_PREFIX }),
    });
  }
  if (activities.length === 0) throw new DecodeError(noActivityReason(gpx, tracks));
  return { format: 'gpx', activities, warnings };
}

function noActivityReason(gpx: XmlValue, tracks: XmlNode[]): string {
  const trackPoints = tracks.reduce(
    (n, t) => n + children(t, 'trkseg').reduce((m, s) => m + children(s, 'trkpt').length, 0),
    0,
  );
  if (trackPoints > 0) return 'GPX file contains no activity: its track points have no usable timestamps';
  if (children(gpx, 'rte').length > 0) return 'GPX file contains no activity: it holds only a route';
  if (child(gpx, 'wpt') !== undefined) return 'GPX file contains no activity: it holds only waypoints';
  return 'GPX file contains no activity: no track points';
}

function pointsToSamples(points: XmlNode[], times: TimeStampReader): TimedSample[] {
  const samples: TimedSample[] = [];
  let distance = 0;
  let previous: { lat: number; lon: number } | null = null;
  for (const point of points) {
    const timeMs = times.read(textAt(point, 'time'));
    const lat = numberAt(point, '@_lat');
    const lon = numberAt(point, '@_lon');
    if (timeMs === undefined || lat === undefined || lon === undefined) continue;
    if (previous) distance += haversineMeters(previous.lat, previous.lon, lat, lon);
    previous = { lat, lon };
    const sample: TimedSample = { timeMs, lat, lon, distance };
    const extensions = child(point, 'extensions');
    const set = (key: keyof Omit<TimedSample, 'timeMs'>, value: number | undefined) => {
      if (value !== undefined) sample[key] = value;
    };
    set('altitude', numberAt(point, 'ele'));
    set('hr', findNumber(extensions, ['hr', 'heartrate']));
    set('cadence', findNumber(extensions, ['cad', 'cadence']));
    set('temperature', findNumber(extensions, ['atemp', 'temp', 'wtemp']));
    set('power', findNumber(extensions, ['power', 'PowerInWatts', 'watts']));
    samples.push(sample);
  }
  return samples.sort((a, b) => a.timeMs - b.timeMs);
}
