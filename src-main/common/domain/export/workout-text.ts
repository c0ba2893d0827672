import type { ThresholdValues } from '../thresholds';
import type { RepeatBlock, WorkoutDefinition, WorkoutSport, WorkoutStep } from '../workouts/workout-schema';
import { describeStep } from '../workouts/describe-workout';
import { absoluteTarget } from './absolute-targets';
import { SPORT_LABELS } from '../sports';
import { DISTANCE_SPORTS, type SportDistanceKm } from '../planner/week-distance';
import { formatDate, formatDistance, formatDuration, formatNumber } from '../../format';

/**
 * The readable form of a workout that travels with every export: one line per step or repeat, each
 * target followed by the athlete's own numbers where their thresholds give them
 * ("Work 20 min @ 88–94 % FTP (229–244 W)"). Used for .txt/.html files, calendar descriptions, CSV and PDF.
 */
export function workoutStepLines(def: WorkoutDefinition, thresholds: ThresholdValues): string[] {
  return def.steps.map((element) =>
    element.kind === 'repeat' ? repeatLine(element, def.sport, thresholds) : stepLine(element, def.sport, thresholds),
  );
}

function stepLine(step: WorkoutStep, sport: WorkoutSport, thresholds: ThresholdValues): string {
  const absolute = absoluteTarget(step.target, sport, thresholds);
  const text = describeStep(step);
  if (!absolute) return text;
  // The absolute value goes right after the relative target, before any note in brackets.
  const note = step.note ? ` (${step.note})` : '';
  return `${text.slice(0, text.length - note.length)} (${absolute})${note}`;
}

function repeatLine(block: RepeatBlock, sport: WorkoutSport, thresholds: ThresholdValues): string {
  return `${block.count} × (${block.steps.map((s) => stepLine(s, sport, thresholds).replace(/^Work /, '')).join(', ')})`;
}

export interface WorkoutSheet {
  title: string;
  /** "Run · 1 h 5 min · 12.4 km · load 78" */
  facts: string;
  description: string;
  steps: string[];
}

export function workoutSheet(
  session: {
    name: string;
    date: string;
    plannedSeconds: number;
    plannedMeters: number | null;
    plannedLoad: number;
    definition: WorkoutDefinition;
  },
  thresholds: ThresholdValues,
): WorkoutSheet {
  const facts = [
    SPORT_LABELS[session.definition.sport],
    formatDuration(session.plannedSeconds),
    session.plannedMeters ? formatDistance(session.plannedMeters) : null,
    `load ${formatNumber(session.plannedLoad)}`,
  ].filter((f): f is string => f !== null);
  return {
    title: `${formatDate(session.date)} · ${session.name}`,
    facts: facts.join(' · '),
    description: session.definition.description,
    steps: workoutStepLines(session.definition, thresholds),
  };
}

export function workoutText(sheet: WorkoutSheet): string {
  const lines = [sheet.title, sheet.facts, ''];
  if (sheet.description) lines.push(sheet.description, '');
  lines.push(...sheet.steps.map((s) => `- ${s}`));
  return `${lines.join('\n')}\n`;
}

export function workoutHtml(sheet: WorkoutSheet): string {
  const description = sheet.description ? `\n<p>${escapeHtml(sheet.description)}</p>` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(sheet.title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40em;margin:2em auto;padding:0 1em;color:#1f2328}p.facts{color:#59636e}li{margin:.3em 0}</style>
</head>
<body>
<h1>${escapeHtml(sheet.title)}</h1>
<p class="facts">${escapeHtml(sheet.facts)}</p>${description}
<ol>
${sheet.steps.map((s) => `<li>${escapeHtml(s)}</li>`).join('\n')}
</ol>
</body>
</html>
`;
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** "Run 42.3 km · Swim 2.4 km", or "–" for a week without distance. */
export function formatSportDistances(km: SportDistanceKm): string {
  const parts = DISTANCE_SPORTS.flatMap((sport) =>
    km[sport] === undefined ? [] : [`${SPORT_LABELS[sport]} ${formatDistance(km[sport] * 1000)}`],
  );
  return parts.length > 0 ? parts.join(' · ') : '–';
}
