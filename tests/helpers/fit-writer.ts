import {
  type ActivityMesg,
  type DeviceInfoMesg,
  Encoder,
  type EventMesg,
  type FileIdMesg,
  type HrMesg,
  type LapMesg,
  type Mesg,
  Profile,
  type RecordMesg,
  type SessionMesg,
  Utils,
} from '@garmin/fitsdk';
import type { Sport } from '../../src-main/common/domain/sports';

/**
 * Writes realistic 1 Hz FIT activity files with the official FIT SDK encoder, so decoders, the import
 * pipeline and benchmarks can be exercised without the real-device fixtures. Output is deterministic
 * for a given seed.
 */
export interface FitActivityOptions {
  sport?: Sport;
  durationSeconds?: number;
  start?: Date;
  serial?: number;
  withPower?: boolean;
  seed?: number;
  /** Local time minus UTC, written to the activity message's local_timestamp; null writes none (as some devices do). */
  utcOffsetMinutes?: number | null;
  /** A timer pause: the timer stops at `atSecond` (of timer time) for `seconds`, and no records are written meanwhile. */
  pause?: { atSecond: number; seconds: number };
  lapSeconds?: number;
  /**
   * A chest strap's stored heart rate, as Garmin HRM-Swim/Tri/Pro straps leave it: the true values go
   * to `hr` messages in a second, chained FIT file, while the records carry the watch's wrist reading,
   * `wristOffsetBpm` off.
   */
  strap?: { wristOffsetBpm: number };
  /** The session message claims to start this many seconds after its first lap and record (seen on a Fenix 2). */
  sessionStartClaimedLateSeconds?: number;
  /** `count` records from timer second `fromSecond` on are stamped `shiftSeconds` off (seen on an Edge 500). */
  strayRecords?: { fromSecond: number; count: number; shiftSeconds: number };
  /** Power written at these timer seconds instead of the generated value (a corrupt or fuzzed file's 65 534 W). */
  powerAt?: Record<number, number>;
  /** The session's total elapsed and timer time, when it should claim other than what was recorded. */
  statedDurationSeconds?: number;
}

export interface GeneratedFitActivity {
  bytes: Uint8Array;
  /** The values written, one per timer second, for assertions. */
  power: number[] | null;
  /** The true heart rate (the strap's, when `strap` is set). */
  hr: number[];
  /** What the records carry: `hr`, or the wrist reading when `strap` is set. */
  recordHr: number[];
  speed: number[];
  /** Wall-clock seconds since the start of each written record. */
  elapsed: number[];
}

const FIT_SPORTS: Record<
  Sport,
  { sport: NonNullable<SessionMesg['sport']>; subSport: NonNullable<SessionMesg['subSport']> }
> = {
  run: { sport: 'running', subSport: 'generic' },
  bike: { sport: 'cycling', subSport: 'road' },
  swim: { sport: 'swimming', subSport: 'openWater' },
  tri: { sport: 'multisport', subSport: 'triathlon' },
  row: { sport: 'rowing', subSport: 'generic' },
  ski: { sport: 'crossCountrySkiing', subSport: 'generic' },
  walk: { sport: 'walking', subSport: 'generic' },
  strength: { sport: 'training', subSport: 'strengthTraining' },
  other: { sport: 'generic', subSport: 'generic' },
};

const SEMICIRCLES_PER_DEGREE = 2 ** 31 / 180;

export function writeFitActivity(options: FitActivityOptions = {}): Uint8Array {
  return buildFitActivity(options).bytes;
}

export function buildFitActivity(options: FitActivityOptions = {}): GeneratedFitActivity {
  const sport = options.sport ?? 'bike';
  const duration = Math.max(1, Math.round(options.durationSeconds ?? 3600));
  const start = options.start ?? new Date(Date.UTC(2024, 4, 1, 6, 0, 0));
  const serial = options.serial ?? 3_900_000_001;
  const withPower = options.withPower ?? sport === 'bike';
  const random = mulberry32(options.seed ?? 1);
  const pause = options.pause && options.pause.atSecond < duration ? options.pause : null;
  const pauseSeconds = pause?.seconds ?? 0;
  const lapSeconds = options.lapSeconds ?? 600;
  const at = (elapsedSeconds: number) => new Date(start.getTime() + elapsedSeconds * 1000);

  const encoder = new Encoder();
  write<FileIdMesg>(encoder, 'FILE_ID', {
    type: 'activity',
    manufacturer: 'development',
    product: 1,
    serialNumber: serial,
    timeCreated: start,
  });
  write<DeviceInfoMesg>(encoder, 'DEVICE_INFO', {
    deviceIndex: 'creator',
    manufacturer: 'development',
    product: 1,
    serialNumber: serial,
    softwareVersion: 1.0,
    timestamp: start,
  });
  write<EventMesg>(encoder, 'EVENT', { timestamp: start, event: 'timer', eventType: 'start' });

  const power: number[] = [];
  const hr: number[] = [];
  const recordHr: number[] = [];
  const speed: number[] = [];
  const elapsed: number[] = [];
  const base = { bike: 7.5, run: 3.2, swim: 1.1, row: 3.8, ski: 4.5, walk: 1.5 }[sport as string] ?? 2;
  let distance = 0;
  let lat = 46.05;
  let lon = 14.5;
  let heading = random() * 2 * Math.PI;
  let heartRate = 95;

  for (let t = 0; t < duration; t++) {
    const wall = t + (pause && t >= pause.atSecond ? pauseSeconds : 0);
    if (pause && t === pause.atSecond) {
      write<EventMesg>(encoder, 'EVENT', { timestamp: at(pause.atSecond), event: 'timer', eventType: 'stopAll' });
      write<EventMesg>(encoder, 'EVENT', { timestamp: at(wall), event: 'timer', eventType: 'start' });
    }
    // Ten-minute blocks alternate steady and harder efforts, with second-to-second noise.
    const effort = 1 + (Math.floor(t / 600) % 2 === 1 ? 0.25 : 0) + (random() - 0.5) * 0.2;
    const v = Math.max(0, base * effort * (0.9 + 0.1 * Math.sin(t / 97)));
    const watts = options.powerAt?.[t] ?? Math.max(0, Math.round(200 * effort + (random() - 0.5) * 40));
    heartRate += (120 + 40 * (effort - 1) * 2 + (t / duration) * 10 - heartRate) / 30;
    heading += (random() - 0.5) * 0.05;
    distance += v;
    lat += (v * Math.cos(heading)) / 111_320;
    lon += (v * Math.sin(heading)) / (111_320 * Math.cos((lat * Math.PI) / 180));
    const bpm = Math.round(heartRate);
    const stray =
      options.strayRecords &&
      t >= options.strayRecords.fromSecond &&
      t < options.strayRecords.fromSecond + options.strayRecords.count;
    const wristBpm = bpm + (options.strap?.wristOffsetBpm ?? 0);
    write<RecordMesg>(encoder, 'RECORD', {
      timestamp: at(wall + (stray ? options.strayRecords!.shiftSeconds : 0)),
      positionLat: Math.round(lat * SEMICIRCLES_PER_DEGREE),
      positionLong: Math.round(lon * SEMICIRCLES_PER_DEGREE),
      altitude: 300 + 20 * Math.sin(t / 300),
      heartRate: wristBpm,
      cadence: sport === 'run' ? 85 : 90,
      distance,
      speed: v,
      ...(withPower ? { power: watts } : {}),
    });
    if (withPower) power.push(watts);
    hr.push(bpm);
    recordHr.push(wristBpm);
    speed.push(Math.round(v * 1000) / 1000);
    elapsed.push(wall);
  }

  const end = at(duration - 1 + pauseSeconds);
  write<EventMesg>(encoder, 'EVENT', { timestamp: end, event: 'timer', eventType: 'stopAll' });
  const fitSport = FIT_SPORTS[sport];
  for (let lapStart = 0, index = 0; lapStart < duration; lapStart += lapSeconds, index++) {
    const lapEnd = Math.min(duration, lapStart + lapSeconds);
    write<LapMesg>(encoder, 'LAP', {
      messageIndex: index,
      timestamp: at(elapsed[lapEnd - 1]!),
      startTime: at(elapsed[lapStart]!),
      totalElapsedTime: elapsed[lapEnd - 1]! - elapsed[lapStart]! + 1,
      totalTimerTime: lapEnd - lapStart,
      avgHeartRate: Math.round(mean(hr.slice(lapStart, lapEnd))),
      event: 'lap',
      eventType: 'stop',
      sport: fitSport.sport,
    });
  }
  write<SessionMesg>(encoder, 'SESSION', {
    messageIndex: 0,
    timestamp: end,
    startTime: at(options.sessionStartClaimedLateSeconds ?? 0),
    totalElapsedTime: options.statedDurationSeconds ?? duration + pauseSeconds,
    totalTimerTime: options.statedDurationSeconds ?? duration,
    totalDistance: distance,
    avgHeartRate: Math.round(mean(hr)),
    maxHeartRate: Math.max(...hr),
    ...(withPower ? { avgPower: Math.round(mean(power)), maxPower: Math.max(...power) } : {}),
    sport: fitSport.sport,
    subSport: fitSport.subSport,
    event: 'session',
    eventType: 'stop',
    firstLapIndex: 0,
    numLaps: Math.ceil(duration / lapSeconds),
  });
  write<ActivityMesg>(encoder, 'ACTIVITY', {
    timestamp: end,
    totalTimerTime: duration,
    numSessions: 1,
    type: 'manual',
    event: 'activity',
    eventType: 'stop',
    ...(options.utcOffsetMinutes !== null && {
      localTimestamp: Utils.convertDateToDateTime(end) + (options.utcOffsetMinutes ?? 0) * 60,
    }),
  });
  const activity = encoder.close();
  const bytes = options.strap ? chain(activity, strapHeartRateFile(start, serial, elapsed, hr)) : activity;
  return { bytes, power: withPower ? power : null, hr, recordHr, speed, elapsed };
}

/**
 * The strap's stored beats as a FIT file of `hr` messages: an anchor (UTC timestamp with the strap's
 * event time) every eight beats, each followed by a message of eight event times and bpm values. One
 * beat per recorded second, at mid-second, so every second of the activity holds exactly one beat.
 */
function strapHeartRateFile(start: Date, serial: number, elapsed: number[], hr: number[]): Uint8Array {
  const encoder = new Encoder();
  write<FileIdMesg>(encoder, 'FILE_ID', {
    type: 'activity',
    manufacturer: 'development',
    product: 1,
    serialNumber: serial,
    timeCreated: start,
  });
  const strapClock = 1000.25; // the strap's own clock, in seconds, at the activity's start
  for (let i = 0; i < elapsed.length; i += 8) {
    const beats = elapsed.slice(i, i + 8).map((s, k) => ({ seconds: s - 0.5, bpm: hr[i + k]! }));
    const anchorMs = start.getTime() + beats[0]!.seconds * 1000;
    write<HrMesg>(encoder, 'HR', {
      timestamp: new Date(Math.floor(anchorMs / 1000) * 1000),
      fractionalTimestamp: (anchorMs % 1000) / 1000,
      eventTimestamp: [strapClock + beats[0]!.seconds],
      filteredBpm: [beats[0]!.bpm],
    });
    if (beats.length > 1) {
      write<HrMesg>(encoder, 'HR', {
        eventTimestamp: beats.slice(1).map((b) => strapClock + b.seconds),
        filteredBpm: beats.slice(1).map((b) => b.bpm),
      });
    }
  }
  return encoder.close();
}

function chain(...files: Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(files.reduce((n, f) => n + f.length, 0));
  let offset = 0;
  for (const file of files) {
    bytes.set(file, offset);
    offset += file.length;
  }
  return bytes;
}

/** A small seeded PRNG (mulberry32) so generated files are reproducible. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function write<T extends Mesg>(encoder: Encoder, name: string, mesg: T): void {
  const mesgNum = Profile.MesgNum[name];
  if (mesgNum === undefined) throw new Error(`FIT profile has no message ${name}`);
  encoder.onMesg(mesgNum, mesg);
}

function mean(values: number[]): number {
  return values.reduce((s, v) => s + v, 0) / Math.max(1, values.length);
}
