import type { KeySession, Phase } from './types';

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
