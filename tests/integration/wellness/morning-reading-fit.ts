import {
  type ActivityMesg,
  Encoder,
  type FileIdMesg,
  type HrvMesg,
  type Mesg,
  Profile,
  type RecordMesg,
  type SessionMesg,
  Utils,
} from '@garmin/fitsdk';

export interface MorningReadingFitOptions {
  start: Date;
  /** Beat-to-beat intervals in ms, written five to an `hrv` message as the FIT profile has them. */
  rrMs: number[];
  utcOffsetMinutes?: number;
  serial?: number;
}

/**
 * A morning HRV reading as a chest strap paired with a watch records it: a short, stationary
 * "generic" session with heart-rate records and hrv messages, no distance, no position, no power.
 */
export function writeMorningReadingFit(options: MorningReadingFitOptions): Uint8Array {
  const { start, rrMs } = options;
  const seconds = Math.round(rrMs.reduce((s, ms) => s + ms, 0) / 1000);
  const end = new Date(start.getTime() + seconds * 1000);
  const serial = options.serial ?? 3_900_000_777;
  const encoder = new Encoder();
  write<FileIdMesg>(encoder, 'FILE_ID', {
    type: 'activity',
    manufacturer: 'development',
    product: 1,
    serialNumber: serial,
    timeCreated: start,
  });
  const meanHr = Math.round(60_000 / (rrMs.reduce((s, ms) => s + ms, 0) / rrMs.length));
  for (let t = 0; t < seconds; t++) {
    write<RecordMesg>(encoder, 'RECORD', { timestamp: new Date(start.getTime() + t * 1000), heartRate: meanHr });
  }
  for (let i = 0; i < rrMs.length; i += 5) {
    write<HrvMesg>(encoder, 'HRV', { time: rrMs.slice(i, i + 5).map((ms) => ms / 1000) });
  }
  write<SessionMesg>(encoder, 'SESSION', {
    messageIndex: 0,
    timestamp: end,
    startTime: start,
    totalElapsedTime: seconds,
    totalTimerTime: seconds,
    avgHeartRate: meanHr,
    sport: 'generic',
    subSport: 'generic',
    event: 'session',
    eventType: 'stop',
  });
  write<ActivityMesg>(encoder, 'ACTIVITY', {
    timestamp: end,
    totalTimerTime: seconds,
    numSessions: 1,
    type: 'manual',
    event: 'activity',
    eventType: 'stop',
    localTimestamp: Utils.convertDateToDateTime(end) + (options.utcOffsetMinutes ?? 0) * 60,
  });
  return encoder.close();
}

function write<T extends Mesg>(encoder: Encoder, name: string, mesg: T): void {
  const mesgNum = Profile.MesgNum[name];
  if (mesgNum === undefined) throw new Error(`FIT profile has no message ${name}`);
  encoder.onMesg(mesgNum, mesg);
}
