import { useState } from 'react';
import type { PlanDayView, PlannedWorkoutView, PlanView, PlanWeekView } from '../../../src-main/common/contract/plans';
import { useUnits } from '../../app/app-context';
import { SPORT_LABELS } from '../../format/sports';
import { addDaysIso, formatShortDate } from '../../format/dates';
import { PHASE_LABELS, weekDistanceLines } from './plan-format';
import { WorkoutCard } from './WorkoutCard';
import { formatDuration, formatNumber, weekdayNames } from '../../../src-main/common/format';

export interface CalendarActions {
  onSelect: (workout: PlannedWorkoutView) => void;
  onMove: (workout: PlannedWorkoutView, toDate: string) => void;
  onToggleLock: (day: PlanDayView) => void;
  onAdd: (date: string) => void;
}

/**
 * The block as week rows and day columns with each week's planned totals against its targets. Sessions
 * ahead can be dragged to another day (keyboard users move them from the session panel); days can be
 * locked so re-planning keeps them.
 */
export function PlanCalendar({
  plan,
  selectedId,
  actions,
}: {
  plan: PlanView;
  selectedId: number | null;
  actions: CalendarActions;
}) {
  const byId = new Map(plan.days.flatMap((d) => d.workouts).map((w) => [w.id, w]));
  // Race days are marked with their priority so a B or C race reads as a race, not just a hard session.
  const raceOn = new Map<string, string>([
    ...plan.settings.races.map((r): [string, string] => [r.date, `${r.priority} race`]),
    [plan.raceDate, 'Goal race'],
  ]);
  const weeks = plan.weeks.map((week) => ({
    week,
    days: Array.from({ length: 7 }, (_, i) => plan.days.find((d) => d.date === addDaysIso(week.startDate, i))),
  }));
  return (
    <div className="plan-calendar" role="grid" aria-label={`Calendar of ${plan.name}`}>
      <div className="calendar-row calendar-head" role="row">
        <div role="columnheader">Week</div>
        {weekdayNames().map((d) => (
          <div key={d} role="columnheader">
            {d}
          </div>
        ))}
        <div role="columnheader">Planned vs target</div>
      </div>
      {weeks.map(({ week, days }) => (
        <div
          key={week.index}
          className={`calendar-row phase-${week.phase}${week.recovery ? ' recovery' : ''}`}
          role="row"
          aria-label={`Week ${week.index}`}
        >
          <WeekLabel week={week} />
          {days.map((day, i) =>
            day ? (
              <DayCell
                key={day.date}
                day={day}
                today={plan.today}
                race={raceOn.get(day.date)}
                editable={plan.status === 'active'}
                selectedId={selectedId}
                byId={byId}
                actions={actions}
              />
            ) : (
              <div key={i} className="calendar-day outside" role="gridcell" aria-hidden="true" />
            ),
          )}
          <WeekTotals week={week} />
        </div>
      ))}
    </div>
  );
}

function WeekLabel({ week }: { week: PlanWeekView }) {
  return (
    <div className="week-label" role="rowheader">
      <strong>W{week.index}</strong>
      <span className={`phase-badge phase-${week.phase}`}>{PHASE_LABELS[week.phase]}</span>
      {week.recovery && <span className="recovery-badge">Recovery</span>}
      <span className="muted">{formatShortDate(week.startDate)}</span>
    </div>
  );
}

function DayCell({
  day,
  today,
  race,
  editable,
  selectedId,
  byId,
  actions,
}: {
  day: PlanDayView;
  today: string;
  race: string | undefined;
  editable: boolean;
  selectedId: number | null;
  byId: Map<number, PlannedWorkoutView>;
  actions: CalendarActions;
}) {
  const [dropping, setDropping] = useState(false);
  const past = day.date < today;
  const droppable = editable && !past;
  const classes = [
    'calendar-day',
    past ? 'past' : '',
    day.date === today ? 'today' : '',
    day.locked ? 'locked' : '',
    dropping ? 'drop-target' : '',
  ];
  return (
    <div
      className={classes.filter(Boolean).join(' ')}
      role="gridcell"
      data-date={day.date}
      aria-label={`${day.date}${day.locked ? ', locked' : ''}`}
      onDragOver={(event) => {
        if (!droppable || !event.dataTransfer.types.includes('application/x-planned-workout')) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        setDropping(true);
      }}
      onDragLeave={() => setDropping(false)}
      onDrop={(event) => {
        setDropping(false);
        const workout = byId.get(Number(event.dataTransfer.getData('application/x-planned-workout')));
        if (!droppable || !workout || workout.date === day.date) return;
        event.preventDefault();
        actions.onMove(workout, day.date);
      }}
    >
      <div className="day-head">
        <span className="day-date">{formatShortDate(day.date)}</span>
        {editable && !past && (
          <span className="day-tools">
            <button
              type="button"
              className="icon-button"
              title={
                day.locked ? 'Unlock: re-planning may change this day' : 'Lock: re-planning keeps this day as it is'
              }
              aria-label={`${day.locked ? 'Unlock' : 'Lock'} ${day.date}`}
              aria-pressed={day.locked}
              onClick={() => actions.onToggleLock(day)}
            >
              <LockIcon locked={day.locked} />
            </button>
            <button
              type="button"
              className="icon-button"
              title="Add a workout from the library"
              aria-label={`Add a workout on ${day.date}`}
              onClick={() => actions.onAdd(day.date)}
            >
              +
            </button>
          </span>
        )}
      </div>
      {race && <div className="race-badge">{race}</div>}
      {day.workouts.map((w) => (
        <WorkoutCard
          key={w.id}
          workout={w}
          movable={editable && w.date >= today}
          selected={selectedId === w.id}
          onSelect={() => actions.onSelect(w)}
        />
      ))}
      {day.unplanned.map((a) => (
        <div key={a.activityId} className="unplanned" title="Completed, not in the plan">
          {SPORT_LABELS[a.sport]} · {formatDuration(a.seconds)} · {a.load === null ? '–' : Math.round(a.load)} TSS
          (unplanned)
        </div>
      ))}
    </div>
  );
}

function WeekTotals({ week }: { week: PlanWeekView }) {
  const units = useUnits();
  const loadOff = Math.abs(week.plannedLoad - week.targetLoad) > 0.1 * week.targetLoad;
  return (
    <div className="week-totals" role="gridcell">
      <div className={loadOff ? 'off-target' : ''}>
        <span className="muted">Load</span> {Math.round(week.plannedLoad)} / {Math.round(week.targetLoad)} TSS
      </div>
      <div>
        <span className="muted">Time</span> {formatDuration(week.plannedHours * 3600)} /{' '}
        {formatDuration(week.targetHours * 3600)}
      </div>
      {week.actualLoad !== null && (
        <div>
          <span className="muted">Done</span> {Math.round(week.actualLoad)} TSS ·{' '}
          {formatDuration((week.actualHours ?? 0) * 3600)}
        </div>
      )}
      {weekDistanceLines(week, units).map(({ sport, text }) => (
        <div
          key={sport}
          className="week-distance"
          title={week.actualDistanceKm === null ? 'Planned distance' : 'Planned / done distance'}
        >
          <span className="muted">{SPORT_LABELS[sport]}</span> {text}
        </div>
      ))}
      <div>
        <span className="muted">CTL</span> {formatNumber(week.projectedCtl)} · <span className="muted">TSB</span>{' '}
        {formatNumber(week.projectedTsb)}
        {week.acwr !== null && (
          <>
            {' '}
            ·{' '}
            <span className="muted" title="Acute:chronic workload ratio at the week's end (7-day ÷ 28-day load)">
              ACWR
            </span>{' '}
            {formatNumber(week.acwr, 2)}
          </>
        )}
      </div>
      {week.done && <div className="muted">Week over: what was done</div>}
      {week.notes.map((n) => (
        <div key={n} className="week-note" title={n}>
          {n}
        </div>
      ))}
      {week.binding.map((b) => (
        <div key={b} className="binding" title={b}>
          ⚑ {b}
        </div>
      ))}
    </div>
  );
}

/** Drawn rather than an emoji: Linux desktops without an emoji font would show an empty box. */
function LockIcon({ locked }: { locked: boolean }) {
  return (
    <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" className="lock-icon">
      <rect x="2" y="5.5" width="8" height="6" rx="1" fill={locked ? 'currentColor' : 'none'} stroke="currentColor" />
      <path d={locked ? 'M4 5.5V4a2 2 0 0 1 4 0v1.5' : 'M4 5.5V4a2 2 0 0 1 4 0'} fill="none" stroke="currentColor" />
    </svg>
  );
}
