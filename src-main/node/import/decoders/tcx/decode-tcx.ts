import type { ActivityLap } from '../../../../common/domain/activity';
import { buildActivityRecord } from '../build-record';
import { mapSport } from '../sport-mapping';
import { columnsFromSamples, resampleToOneHertz, type TimedSample } from '../streams/resample';
import { namedForDay } from '../unnamed-activity';
import { DecodeError, type DecodeResult, type DecodedActivity, type DecodedDevice } from '../types';
import { children, child, findNumber, numberAt, parseXml, textAt, TimeStampReader, type XmlNode } from '../xml';

/**
 * Garmin Training Center XML. Each <Activity> becomes one activity; the activities of a
 * <MultiSportSession> become legs sharing an eventKey. TCX has no timer events, so pauses are
 * inferred from gaps (see streams/resample.ts). Times with "Z" are UTC and the athlete's zone gives the day;
 * times that all state one local offset ("+02:00") are dated by it; times without any offset are the
 * athlete's local time (floating). An unnamed activity is named for its local day.
 */
export async function decodeTcx(bytes: Uint8Array): Promise<DecodeResult> {
  const root = child(parseXml(bytes, 'TCX'), 'TrainingCenterDatabase');
  const activitiesNode = child(root, 'Activities');
  const activities: DecodedActivity[] = [];
  const warnings: string[] = [];

  for (const activity of children(activitiesNode, 'Activity')) {
    const decoded = decodeTcxActivity(activity, null, warnings);
    if (decoded) activities.push(decoded);
  }
  for (const session of children(activitiesNode, 'MultiSportSession')) {
    const legs = [
      child(child(session, 'FirstSport'), 'Activity'),
      ...children(session, 'NextSport').map((n) => child(n, 'Activity')),
    ]
      .flatMap((a) => (Array.isArray(a) ? a : a ? [a] : []))
      .filter((a): a is XmlNode => typeof a === 'object' && a !== null && !Array.isArray(a));
    const eventKey = `tcx:${textAt(session, 'Id') ?? textAt(legs[0], 'Id') ?? 'multisport'}`;
    legs.forEach((leg) => {
      const decoded = decodeTcxActivity(leg, eventKey, warnings);
      if (decoded) activities.push({ ...decoded, legIndex: activities.filter((a) => a.eventKey === eventKey).length });
    });
  }

  if (activities.length === 0) {
    const hasCourse =
      children(child(root, 'Courses'), 'Course').length > 0 || child(child(root, 'Courses'), 'Course') !== undefined;
    const hasWorkout = child(root, 'Workouts') !== undefined;
    throw new DecodeError(
      hasCourse
        ? 'TCX file contains no activity (it holds a course)'
        : hasWorkout
          ? 'TCX file contains no activity (it holds workouts)'
          : 'TCX file contains no activity with timed track points',
    );
  }
  return { format: 'tcx', activities, warnings };
}

function decodeTcxActivity(activity: XmlNode, eventKey: string | null, warnings: string[]): DecodedActivity | null {
  const times = new TimeStampReader();
  const laps = children(activity, 'Lap');
  const samples = laps
    .flatMap((lap) =>
      children(lap, 'Track').flatMap((track) =>
        children(track, 'Trackpoint').map((point) => trackpointToSample(point, times)),
      ),
    )
    .filter((s): s is TimedSample => s !== null);
  const lapStarts = laps
    .map((lap) => times.read(textAt(lap, '@_StartTime')))
    .filter((t): t is number => t !== undefined);
  const startMs = Math.min(...lapStarts, ...samples.map((s) => s.timeMs)) || times.read(textAt(activity, 'Id'));
  if (startMs === undefined || !Number.isFinite(startMs)) {
    warnings.push(`TCX activity ${textAt(activity, 'Id') ?? ''} skipped: it has no start time`.trim());
    return null;
  }
  const streams = resampleToOneHertz(columnsFromSamples(samples), { startMs, pauses: null });
  const { sport, subSport } = mapSport(textAt(activity, '@_Sport'));
  const lapRecords = laps.map((lap) => lapFromTcx(lap, times)).filter((l): l is ActivityLap => l !== null);
  if (times.unanchored > 0)
    warnings.push(
      `TCX activity ${textAt(activity, 'Id') ?? ''}: ${times.unanchored} times without a UTC offset were read as UTC`,
    );
  const sum = (pick: (lap: XmlNode) => number | undefined) =>
    laps.length > 0 && laps.every((l) => pick(l) !== undefined) ? laps.reduce((t, l) => t + pick(l)!, 0) : null;
  const maxOf = (pick: (lap: XmlNode) => number | undefined) => {
    const values = laps.map(pick).filter((v): v is number => v !== undefined);
    return values.length > 0 ? Math.max(...values) : null;
  };
  const givenName = textAt(activity, 'Notes')?.split('\n')[0]?.trim() || null;
  const unnamedPrefix = givenName === null ? (textAt(activity, '@_Sport') ?? 'Activity') : undefined;
  const utcOffsetMinutes = times.statedOffsetMinutes ?? 0;
  const record = buildActivityRecord(
    {
      sport,
      subSport,
      name: givenName ?? namedForDay(unnamedPrefix!, startMs, utcOffsetMinutes),
      startTimeMs: startMs,
      utcOffsetMinutes,
      timerSeconds: sum((l) => numberAt(l, 'TotalTimeSeconds')),
      distanceMeters: sum((l) => numberAt(l, 'DistanceMeters')),
      maxHr: maxOf((l) => numberAt(l, 'MaximumHeartRateBpm', 'Value')),
      maxSpeed: maxOf((l) => numberAt(l, 'MaximumSpeed')),
      calories: sum((l) => numberAt(l, 'Calories')),
    },
    streams,
    lapRecords,
  );
  record.notes = textAt(activity, 'Notes') ?? '';
  return {
    record,
    timeSource: times.timeSource,
    device: deviceFromTcx(activity),
    eventKey,
    legIndex: null,
    rrIntervalsMs: null,
    warnings: [],
    ...(unnamedPrefix !== undefined && { unnamedPrefix }),
  };
}

function trackpointToSample(point: XmlNode, times: TimeStampReader): TimedSample | null {
  const timeMs = times.read(textAt(point, 'Time'));
  if (timeMs === undefined) return null;
  const sample: TimedSample = { timeMs };
  const set = (key: keyof Omit<TimedSample, 'timeMs'>, value: number | undefined) => {
    if (value !== undefined) sample[key] = value;
  };
  set('lat', numberAt(point, 'Position', 'LatitudeDegrees'));
  set('lon', numberAt(point, 'Position', 'LongitudeDegrees'));
  set('altitude', numberAt(point, 'AltitudeMeters'));
  set('distance', numberAt(point, 'DistanceMeters'));
  set('hr', numberAt(point, 'HeartRateBpm', 'Value'));
  const extensions = child(point, 'Extensions');
  set('cadence', numberAt(point, 'Cadence') ?? findNumber(extensions, ['RunCadence']));
  set('speed', findNumber(extensions, ['Speed']));
  set('power', findNumber(extensions, ['Watts']));
  return sample;
}

function lapFromTcx(lap: XmlNode, times: TimeStampReader): ActivityLap | null {
  const start = times.read(textAt(lap, '@_StartTime'));
  if (start === undefined) return null;
  const seconds = numberAt(lap, 'TotalTimeSeconds') ?? 0;
  const extensions = child(lap, 'Extensions');
  return {
    startTime: new Date(start).toISOString(),
    elapsedSeconds: seconds,
    timerSeconds: seconds,
    distanceMeters: numberAt(lap, 'DistanceMeters') ?? null,
    avgHr: numberAt(lap, 'AverageHeartRateBpm', 'Value') ?? null,
    maxHr: numberAt(lap, 'MaximumHeartRateBpm', 'Value') ?? null,
    avgPower: findNumber(extensions, ['AvgWatts']) ?? null,
    maxPower: findNumber(extensions, ['MaxWatts']) ?? null,
    avgSpeed: findNumber(extensions, ['AvgSpeed']) ?? null,
    avgCadence: numberAt(lap, 'Cadence') ?? findNumber(extensions, ['AvgRunCadence']) ?? null,
    intensity: textAt(lap, 'Intensity')?.toLowerCase() ?? null,
  };
}

function deviceFromTcx(activity: XmlNode): DecodedDevice | null {
  const creator = child(activity, 'Creator');
  if (!creator) return null;
  const unitId = textAt(creator, 'UnitId');
  return { manufacturer: null, product: textAt(creator, 'Name'), serial: unitId && unitId !== '0' ? unitId : null };
}
