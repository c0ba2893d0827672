import type { ActivityWarning } from '../domain/activity';
import type { RacePriority } from '../domain/events/race-details';
import type { RaceType } from '../domain/planner/types';
import type { EventKind } from '../domain/events/event-kinds';
import type { Sport } from '../domain/sports';
import type { ThresholdEntry, ThresholdMetric } from '../domain/thresholds';
import type { Settings } from './schemas';

export interface AthleteSummary {
  id: number;
  name: string;
  sports: Sport[];
  tags: string[];
  isDemo: boolean;
  archived: boolean;
  activityCount: number;
  lastActivityAt: string | null;
}

export interface Athlete extends AthleteSummary {
  sex: 'female' | 'male' | null;
  birthYear: number | null;
  notes: string;
  /** IANA time zone: the athlete's "today", and the day of an activity whose file states no local offset. */
  timeZone: string;
  /** Value of each threshold valid today (latest validFrom ≤ today). */
  thresholds: Partial<Record<ThresholdMetric, number>>;
  thresholdHistory: ThresholdEntry[];
  createdAt: string;
}

export interface LoadExplanation {
  method: 'power' | 'pace' | 'swim' | 'hr' | 'rpe' | 'none';
  sentence: string;
}

export interface ActivitySummary {
  id: number;
  athleteId: number;
  sport: Sport;
  subSport: string | null;
  name: string;
  startTime: string;
  localDate: string;
  timerSeconds: number;
  elapsedSeconds: number;
  distanceMeters: number | null;
  ascentMeters: number | null;
  avgHr: number | null;
  avgPower: number | null;
  load: number | null;
  loadMethod: LoadExplanation['method'];
  loadExplanation: string;
  /** Session RPE (CR-10) the athlete or coach gave; the load falls back to it without sensor data. */
  rpe: number | null;
  /** The athlete's or coach's words about the session; the anomaly rules read them. */
  notes: string;
  /** How the record was obtained, when the coach should know it: an undated device clock, a recovered file. */
  warnings: ActivityWarning[];
  hasStreams: boolean;
  isDemo: boolean;
}

export interface AthleteEvent {
  id: number;
  athleteId: number;
  kind: EventKind;
  startDate: string;
  endDate: string | null;
  title: string;
  body: string;
  /** Set on every race (A goal race, B, C); null on other kinds. */
  priority: RacePriority | null;
  /** A race's type when known; null when unknown and on other kinds. */
  raceType: RaceType | null;
}

export interface AppInfo {
  version: string;
  dbPath: string;
  athleteCount: number;
  demoAthleteCount: number;
  settings: Settings;
}

export interface DemoSummary {
  athletes: number;
  activities: number;
  wellnessDays: number;
  seconds: number;
}
