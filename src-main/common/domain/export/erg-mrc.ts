import type { ThresholdValues } from '../thresholds';
import type { WorkoutDefinition } from '../workouts/workout-schema';
import { plainNumber, trainerSteps, type TrainerStep } from './trainer-steps';
import { withArticle } from '../../format';

/**
 * ERG (absolute watts) and MRC (% of FTP) course files, the plain-text formats TrainerRoad, Golden
 * Cheetah, PerfPRO, Rouvy and most ERG-mode trainer apps import. Layout per the Computrainer/PerfPRO
 * convention: a [COURSE HEADER] (ERG adds the FTP it was computed for), [COURSE DATA] as
 * "minutes<TAB>value" points — two points per step, so flat steps stay flat and warm-ups ramp — and
 * [COURSE TEXT] cues at each step's start ("seconds<TAB>message<TAB>seconds shown").
 */
export type TrainerFileKind = 'erg' | 'mrc';

export function buildTrainerFile(kind: TrainerFileKind, def: WorkoutDefinition, thresholds: ThresholdValues): string {
  if (def.sport !== 'bike') {
    throw new Error(
      `${kind.toUpperCase()} files are for indoor bike trainers; "${def.name}" is ${withArticle(def.sport)} workout`,
    );
  }
  if (kind === 'erg' && !thresholds.ftp) {
    throw new Error(
      `ERG files hold watts, and the athlete has no FTP on record: set one, or export MRC (% of FTP) instead`,
    );
  }
  const steps = trainerSteps(def, thresholds);
  const value = (percent: number) =>
    kind === 'erg' ? String(Math.round((thresholds.ftp! * percent) / 100)) : plainNumber(percent, 2);
  const header = [
    '[COURSE HEADER]',
    'VERSION = 2',
    'UNITS = ENGLISH',
    `DESCRIPTION = ${oneLine(def.description || def.name)}`,
    `FILE NAME = ${oneLine(def.name)}`,
    ...(kind === 'erg' ? [`FTP = ${thresholds.ftp}`] : []),
    kind === 'erg' ? 'MINUTES WATTS' : 'MINUTES PERCENT',
    '[END COURSE HEADER]',
  ];
  const data: string[] = [];
  const cues: string[] = [];
  let clock = 0;
  for (const step of steps) {
    data.push(`${minutes(clock)}\t${value(step.startPercent)}`);
    cues.push(`${Math.round(clock)}\t${oneLine(cueText(step))}\t${Math.min(15, Math.round(step.seconds))}`);
    clock += step.seconds;
    data.push(`${minutes(clock)}\t${value(step.endPercent)}`);
  }
  return [
    ...header,
    '[COURSE DATA]',
    ...data,
    '[END COURSE DATA]',
    '[COURSE TEXT]',
    ...cues,
    '[END COURSE TEXT]',
    '',
  ].join('\r\n');
}

function cueText(step: TrainerStep): string {
  const repetition = step.repetition ? ` ${step.repetition.index}/${step.repetition.count}` : '';
  // A trainer in ERG mode needs a number even for a step the coach left to feel or heart rate: say it is an estimate.
  const estimate = step.exact ? '' : ` (held at ${plainNumber(step.startPercent, 1)} % FTP, the planner's estimate)`;
  return `${step.step.intent}${repetition}: ${step.label}${estimate}`;
}

function minutes(seconds: number): string {
  return (seconds / 60).toFixed(2);
}

/**
 * Course files are line-based, and the older trainer apps read them as ASCII: tabs and line breaks would
 * split a record, and typographic characters would show as mojibake, so both become plain ASCII.
 */
const ASCII_STAND_INS: Record<string, string> = {
  '–': '-',
  '—': '-',
  '×': 'x',
  '≈': '~',
  '·': '-',
  '’': "'",
  '“': '"',
  '”': '"',
};

function oneLine(text: string): string {
  return [...text.replace(/[\t\r\n]+/g, ' ').trim()]
    .map((c) => ASCII_STAND_INS[c] ?? (c <= '~' ? c : c.normalize('NFD').replace(/[^\x20-\x7e]/g, '') || '?'))
    .join('');
}
