import type { KeySession, Phase, RaceType } from './types';

/**
 * Longest useful long session per race type, seconds. Daniels caps the long run near 2½ h and Pfitzinger's
 * marathon plans reach about 3 h; 10 k and half-marathon plans stop at 1½ and 2 h; triathlon long rides
 * reach 4 h (70.3) and 5–6 h (Ironman, Friel); gran-fondo riders rehearse 5 h.
 */
const LONG_SESSION_CAP_SECONDS: Record<RaceType, number> = {
  '10k': 1.5 * 3600,
  'half-marathon': 2 * 3600,
  marathon: 3 * 3600,
  '70.3': 4 * 3600,
  ironman: 6 * 3600,
  'gran-fondo': 5 * 3600,
  custom: 4 * 3600,
};

/** Share of the week's hours in the long session: a quarter to under a third is the usual rule (Daniels, Pfitzinger). */
const LONG_SESSION_SHARE: Record<Phase, number> = { base: 0.25, build: 0.27, peak: 0.3, taper: 0.25, race: 0 };

export interface LongSessionLimit {
  /** Coach's longest-session guardrail, seconds. */
  maxSessionSeconds: number;
  /** Hours available on the long-session day. */
  longDayHours: number;
}

/** The long session's length and, when a guardrail shortened it, which one. */
export function longSessionSeconds(
  raceType: RaceType,
  phase: Phase,
  weekHours: number,
  limit: LongSessionLimit,
): { seconds: number; cappedBy: 'session' | 'availability' | null } {
  const wanted = Math.min(LONG_SESSION_SHARE[phase] * weekHours * 3600, LONG_SESSION_CAP_SECONDS[raceType]);
  const available = limit.longDayHours * 3600;
  const seconds = Math.floor(Math.min(wanted, limit.maxSessionSeconds, available));
  if (seconds >= Math.floor(wanted)) return { seconds, cappedBy: null };
  return { seconds, cappedBy: limit.maxSessionSeconds <= available ? 'session' : 'availability' };
}

/**
 * The week's key sessions. Build alternates tempo and VO2 intervals around a weekly threshold session (the
 * issue's "threshold, tempo and intervals"); peak rehearses race pace, and the taper keeps the same
 * sessions, shorter, because it cuts volume but not frequency or intensity (Mujika & Padilla 2003). Race week asks for none:
 * the scheduler's race-eve openers keep the touch of intensity, and a full key session within days of the
 * race costs more form than it builds. A test (FTP, time trial) closes base and build so the next phase trains from fresh
 * thresholds; in build it takes the threshold session's place. A recovery week keeps only the long session
 * (and the test when it ends a phase).
 */
export function keySessions(phase: Phase, weekInPhase: number, recovery: boolean, endsPhase: boolean): KeySession[] {
  const test: KeySession[] = endsPhase && (phase === 'base' || phase === 'build') ? ['test'] : [];
  if (recovery) return ['long', ...test];
  switch (phase) {
    case 'base':
      return ['long', ...test];
    case 'build':
      return ['long', endsPhase ? 'test' : 'threshold', weekInPhase % 2 === 1 ? 'tempo' : 'vo2max'];
    case 'peak':
    case 'taper':
      return ['long', 'race-pace', 'threshold'];
    case 'race':
      return [];
  }
}
