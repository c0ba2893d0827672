import type { Generated, Insertable, Kysely, Selectable, Transaction } from 'kysely';
import type { ActivityTimeSource } from '../../common/domain/activity';

/** Row types as SQLite stores them; repositories map them to the contract's domain types. */
export interface AthletesTable {
  id: Generated<number>;
  name: string;
  sports: string;
  sex: 'female' | 'male' | null;
  birth_year: number | null;
  notes: Generated<string>;
  is_demo: Generated<number>;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
  /** IANA zone name; see migration 009. */
  time_zone: Generated<string>;
}

export interface ThresholdsTable {
  id: Generated<number>;
  athlete_id: number;
  metric: string;
  value: number;
  valid_from: string;
  created_at: string;
}

export interface TagsTable {
  id: Generated<number>;
  name: string;
}

export interface AthleteTagsTable {
  athlete_id: number;
  tag_id: number;
}

export interface DevicesTable {
  id: Generated<number>;
  serial: string;
  manufacturer: string | null;
  product: string | null;
  label: string | null;
  athlete_id: number | null;
  created_at: string;
}

export interface ActivitiesTable {
  id: Generated<number>;
  athlete_id: number;
  device_id: number | null;
  sport: string;
  sub_sport: string | null;
  name: Generated<string>;
  start_time: string;
  utc_offset_minutes: Generated<number>;
  local_date: string;
  /** How the file stated the start time (ActivityTimeSource); given to rows imported before migration 009 by migration 010. */
  time_source: ActivityTimeSource | null;
  /** ActivityWarning[] as JSON (migration 010). */
  warnings: Generated<string>;
  elapsed_seconds: number;
  timer_seconds: number;
  moving_seconds: number | null;
  distance_meters: number | null;
  ascent_meters: number | null;
  avg_hr: number | null;
  max_hr: number | null;
  avg_power: number | null;
  max_power: number | null;
  avg_cadence: number | null;
  avg_speed: number | null;
  max_speed: number | null;
  calories: number | null;
  rpe: number | null;
  notes: Generated<string>;
  load: number | null;
  load_method: Generated<string>;
  load_explanation: Generated<string>;
  metrics: Generated<string>;
  /** Copies of the stored metrics' efficiency factor and best 20-min power, for the roster-wide rule reads (migration 011). */
  efficiency_factor: number | null;
  best_20min_power: number | null;
  is_demo: Generated<number>;
  created_at: string;
}

export interface LapsTable {
  id: Generated<number>;
  activity_id: number;
  lap_index: number;
  start_time: string;
  elapsed_seconds: number;
  timer_seconds: number;
  distance_meters: number | null;
  avg_hr: number | null;
  max_hr: number | null;
  avg_power: number | null;
  max_power: number | null;
  avg_speed: number | null;
  avg_cadence: number | null;
  intensity: string | null;
}

export interface ActivityStreamsTable {
  activity_id: number;
  sample_count: number;
  channels: string;
  data: Uint8Array;
}

export interface WellnessTable {
  athlete_id: number;
  date: string;
  hrv_rmssd: number | null;
  resting_hr: number | null;
  sleep_hours: number | null;
  sleep_quality: number | null;
  soreness: number | null;
  fatigue: number | null;
  mood: number | null;
  stress: number | null;
  weight_kg: number | null;
  note: string | null;
  source: Generated<string>;
}

export interface EventsTable {
  id: Generated<number>;
  athlete_id: number;
  kind: string;
  start_date: string;
  end_date: string | null;
  title: string;
  body: Generated<string>;
  created_at: string;
  /** 'A' | 'B' | 'C' on races, NULL on every other kind. */
  priority: string | null;
  /** One of RACE_TYPES on races whose type is known, else NULL. */
  race_type: string | null;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export interface ImportFilesTable {
  sha256: string;
  name: string;
  bytes: number;
  format: string | null;
  device_id: number | null;
  first_seen_at: string;
}

export interface ActivitySourcesTable {
  activity_id: number;
  file_sha256: string;
  activity_index: number;
  event_key: string | null;
  leg_index: number | null;
  imported_at: string;
}

export interface AssignmentQueueTable {
  id: Generated<number>;
  file_sha256: string;
  path: string;
  device_id: number | null;
  reason: string;
  activity_count: number;
  first_start_time: string | null;
  sports: Generated<string>;
  created_at: string;
}

export interface WatchFoldersTable {
  id: Generated<number>;
  path: string;
  kind: 'watch' | 'mount_root';
  created_at: string;
}

export interface DailyLoadTable {
  athlete_id: number;
  date: string;
  load: number;
  ctl: number;
  atl: number;
  tsb: number;
  ramp: number | null;
  acwr: number | null;
  acwr_ewma: number | null;
  monotony: number | null;
  strain: number | null;
  acute_ewma: number;
  chronic_ewma: number;
  load_7d: number;
  load_28d: number;
}

export interface AnalyticsSettingsTable {
  athlete_id: number;
  smoothing: 'trainingpeaks' | 'goldencheetah';
  form_timing: 'previous-day' | 'same-day';
  ctl_days: number;
  atl_days: number;
  seed_date: string | null;
  seed_ctl: number | null;
  seed_atl: number | null;
  updated_at: string;
}

export interface DailyLoadStateTable {
  athlete_id: number;
  dirty_from: string | null;
  computed_through: string | null;
  refreshed_for: string | null;
  activity_count: Generated<number>;
  last_activity_at: string | null;
  wellness_dirty: Generated<number>;
  wellness_status: string | null;
}

export interface ActivityRrIntervalsTable {
  activity_id: number;
  interval_count: number;
  data: Uint8Array;
}

export interface WorkoutsTable {
  id: Generated<number>;
  library_key: string | null;
  name: string;
  sport: string;
  category: string;
  description: Generated<string>;
  steps_json: string;
  source: 'starter' | 'coach';
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}

export interface PlansTable {
  id: Generated<number>;
  athlete_id: number;
  name: string;
  race_name: Generated<string>;
  race_date: string;
  race_type: string;
  start_date: string;
  weeks: number;
  input_json: string;
  targets_json: string;
  status: Generated<'active' | 'archived'>;
  created_at: string;
  updated_at: string;
}

export interface PlannedWorkoutsTable {
  id: Generated<number>;
  plan_id: number;
  date: string;
  position: Generated<number>;
  workout_id: number | null;
  library_key: string | null;
  name: string;
  sport: string;
  category: string;
  definition_json: string;
  planned_seconds: number;
  planned_meters: number | null;
  planned_load: number;
  band_json: string;
  hard: number;
  origin: 'generated' | 'coach' | 'suggestion';
}

export interface PlanLockedDaysTable {
  plan_id: number;
  date: string;
}

export interface PlanChangesTable {
  id: Generated<number>;
  plan_id: number;
  at: string;
  actor: 'coach' | 'generator' | 'suggestion';
  kind: string;
  week_index: number | null;
  summary: string;
  reason: string;
  details_json: Generated<string>;
}

export interface ExportPreferencesTable {
  athlete_id: number;
  workout_formats_json: string;
  pool_length_m: Generated<number>;
  updated_at: string;
}

export interface ExportCalendarEventsTable {
  plan_id: number;
  uid: string;
  content_hash: string;
  sequence: number;
  date: string;
  summary: string;
  status: 'confirmed' | 'cancelled';
  exported_at: string;
}

export interface NotesTable {
  id: Generated<number>;
  athlete_id: number;
  date: string;
  author: 'coach' | 'athlete';
  text: string;
  created_at: string;
}

export interface AnomaliesTable {
  id: Generated<number>;
  athlete_id: number;
  rule: string;
  episode_start: string;
  date: string;
  severity: 'info' | 'warning' | 'critical';
  reason: string;
  headline: Generated<string>;
  evidence_json: string;
  context_json: Generated<string>;
  adjustment_json: string | null;
  state: Generated<'open' | 'acknowledged' | 'snoozed' | 'resolved'>;
  snoozed_until: string | null;
  cause: string | null;
  resolution_note: Generated<string>;
  suggestion_state: 'applied' | 'rejected' | null;
  suggestion_note: Generated<string>;
  raised_at: string;
  updated_at: string;
  triaged_at: string | null;
}

export interface InjuriesTable {
  id: Generated<number>;
  athlete_id: number;
  body_part: string;
  side: 'left' | 'right' | 'both' | null;
  severity: number;
  status: 'monitoring' | 'active' | 'resolved';
  started_on: string;
  resolved_on: string | null;
  source_anomaly_id: number | null;
  created_at: string;
}

export interface InjuryUpdatesTable {
  id: Generated<number>;
  injury_id: number;
  date: string;
  severity: number;
  status: 'monitoring' | 'active' | 'resolved';
  note: Generated<string>;
  created_at: string;
}

export interface AthleteRuleSettingsTable {
  athlete_id: number;
  patch_json: string;
}

export interface CallSchedulesTable {
  athlete_id: number;
  cadence_days: number | null;
  agenda: Generated<string>;
}

export interface CallsTable {
  id: Generated<number>;
  athlete_id: number;
  held_on: string;
  agenda: Generated<string>;
  created_at: string;
}

export interface Database {
  athletes: AthletesTable;
  thresholds: ThresholdsTable;
  tags: TagsTable;
  athlete_tags: AthleteTagsTable;
  devices: DevicesTable;
  activities: ActivitiesTable;
  laps: LapsTable;
  activity_streams: ActivityStreamsTable;
  activity_rr_intervals: ActivityRrIntervalsTable;
  wellness: WellnessTable;
  events: EventsTable;
  settings: SettingsTable;
  import_files: ImportFilesTable;
  activity_sources: ActivitySourcesTable;
  assignment_queue: AssignmentQueueTable;
  watch_folders: WatchFoldersTable;
  daily_load: DailyLoadTable;
  analytics_settings: AnalyticsSettingsTable;
  daily_load_state: DailyLoadStateTable;
  workouts: WorkoutsTable;
  plans: PlansTable;
  planned_workouts: PlannedWorkoutsTable;
  plan_locked_days: PlanLockedDaysTable;
  plan_changes: PlanChangesTable;
  notes: NotesTable;
  anomalies: AnomaliesTable;
  injuries: InjuriesTable;
  injury_updates: InjuryUpdatesTable;
  athlete_rule_settings: AthleteRuleSettingsTable;
  call_schedules: CallSchedulesTable;
  calls: CallsTable;
  export_preferences: ExportPreferencesTable;
  export_calendar_events: ExportCalendarEventsTable;
}

export type AthleteRow = Selectable<AthletesTable>;
export type ActivityRow = Selectable<ActivitiesTable>;
export type NewActivityRow = Insertable<ActivitiesTable>;
export type NewLapRow = Insertable<LapsTable>;
export type WellnessRow = Selectable<WellnessTable>;
export type NewWellnessRow = Insertable<WellnessTable>;
export type EventRow = Selectable<EventsTable>;

/** The open database, which transactions start from (connection.ts). */
export type DbHandle = Kysely<Database>;
/** An open transaction on it. */
export type DbTransaction = Transaction<Database>;
/** Anything queries can run on: the database or an open transaction. */
export type Db = DbHandle | DbTransaction;
