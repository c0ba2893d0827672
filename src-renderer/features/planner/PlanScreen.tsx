import { useState } from 'react';
import type { PlanDayView, PlannedWorkoutView, PlanView } from '../../../src-main/common/contract/plans';
import { api } from '../../api/client';
import { useCall } from '../../api/use-call';
import { routeHref } from '../../app/routes';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { ExportDialog } from '../export/ExportDialog';
import { formatDate } from '../../format/dates';
import { AddWorkoutDialog } from './AddWorkoutDialog';
import { ChangeLog } from './ChangeLog';
import { PlanCalendar } from './PlanCalendar';
import { PHASE_LABELS, RACE_TYPE_LABELS } from './plan-format';
import { ProjectionChart } from './ProjectionChart';
import { ReasonDialog } from './ReasonDialog';
import { ReplanDialog } from './ReplanDialog';
import { SessionPanel } from './SessionPanel';
import { formatDay, formatDuration, formatNumber } from '../../../src-main/common/format';

type PendingEdit =
  | { kind: 'move'; workout: PlannedWorkoutView; toDate: string }
  | { kind: 'remove'; workout: PlannedWorkoutView }
  | { kind: 'lock'; day: PlanDayView }
  | { kind: 'archive' };

/** One plan: its arithmetic (targets, projection, guardrails), the calendar to edit, and the change log. */
export function PlanScreen({ planId }: { planId: number }) {
  const query = useCall('plans.get', { id: planId });
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [pending, setPending] = useState<PendingEdit | null>(null);
  const [addingOn, setAddingOn] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const [replanning, setReplanning] = useState(false);

  if (query.error) return <ErrorBanner error={query.error} onRetry={query.refetch} />;
  if (!query.data) return <Loading what="plan" />;
  const plan = query.data;
  const selected = plan.days.flatMap((d) => d.workouts).find((w) => w.id === selectedId) ?? null;

  return (
    <div className="page planner-page">
      <PlanHeader
        plan={plan}
        onReplan={() => setReplanning(true)}
        onArchive={() => setPending({ kind: 'archive' })}
        onExport={() => setExporting(true)}
      />
      <section className="card" aria-labelledby="projection-title">
        <h2 id="projection-title">Projected fitness to race day</h2>
        <ProjectionChart plan={plan} />
      </section>
      <div className={selected ? 'planner-layout with-panel' : 'planner-layout'}>
        <section className="card calendar-card" aria-labelledby="calendar-title">
          <div className="toolbar">
            <h2 id="calendar-title">Calendar</h2>
            <span className="muted">
              Drag a session to another day to move it; a locked day is kept when re-planning.
            </span>
          </div>
          <PlanCalendar
            plan={plan}
            selectedId={selectedId}
            actions={{
              onSelect: (w) => setSelectedId(w.id === selectedId ? null : w.id),
              onMove: (workout, toDate) => setPending({ kind: 'move', workout, toDate }),
              onToggleLock: (day) => setPending({ kind: 'lock', day }),
              onAdd: (date) => setAddingOn(date),
            }}
          />
        </section>
        {selected && (
          <SessionPanel
            key={selected.id}
            plan={plan}
            workout={selected}
            onMove={(toDate) => setPending({ kind: 'move', workout: selected, toDate })}
            onRemove={() => setPending({ kind: 'remove', workout: selected })}
            onClose={() => setSelectedId(null)}
          />
        )}
      </div>
      <ChangeLog plan={plan} />
      {pending && <PendingEditDialog plan={plan} pending={pending} onClose={() => setPending(null)} />}
      {addingOn && <AddWorkoutDialog plan={plan} date={addingOn} onClose={() => setAddingOn(null)} />}
      {replanning && <ReplanDialog plan={plan} onClose={() => setReplanning(false)} />}
      {exporting && <ExportDialog plan={plan} session={selected} onClose={() => setExporting(false)} />}
    </div>
  );
}

function PlanHeader({
  plan,
  onReplan,
  onArchive,
  onExport,
}: {
  plan: PlanView;
  onReplan: () => void;
  onArchive: () => void;
  onExport: () => void;
}) {
  const currentWeek = plan.weeks.find((w, i) => {
    const next = plan.weeks[i + 1];
    return w.startDate <= plan.today && (!next || next.startDate > plan.today);
  });
  const window = plan.settings.tsbWindow;
  const g = plan.settings.guardrails;
  return (
    <>
      <header className="page-header">
        <div>
          <h1>{plan.name}</h1>
          <p className="muted">
            <a href={routeHref({ screen: 'athlete', athleteId: plan.athleteId })}>{plan.athleteName}</a> ·{' '}
            {RACE_TYPE_LABELS[plan.raceType]}
            {plan.raceName ? ` “${plan.raceName}”` : ''} on {formatDate(plan.raceDate)} · {plan.weeks.length} weeks from{' '}
            {formatDate(plan.startDate)} ·{' '}
            {plan.settings.pattern === 'none' ? 'no recovery weeks' : `${plan.settings.pattern} loading`}
            {currentWeek && plan.today <= plan.raceDate
              ? ` · now week ${currentWeek.index} (${PHASE_LABELS[currentWeek.phase]})`
              : ''}
            {plan.status === 'archived' ? ' · archived' : ''}
          </p>
        </div>
        <div className="toolbar">
          <button type="button" onClick={onExport}>
            Export…
          </button>
          {plan.status === 'active' && (
            <>
              <button type="button" onClick={onReplan}>
                Re-plan…
              </button>
              <button type="button" onClick={onArchive}>
                Archive…
              </button>
            </>
          )}
        </div>
      </header>
      <section className={`card plan-summary ${plan.feasible ? 'feasible' : 'infeasible'}`} aria-label="Plan summary">
        <div className="plan-figures">
          <Figure label="CTL at start" value={formatNumber(plan.settings.startCtl)} unit="TSS/d" />
          <Figure label="Race-day CTL" value={formatNumber(plan.raceDay.projectedCtl)} unit="TSS/d" />
          <Figure
            label="Race-day TSB"
            value={formatNumber(plan.raceDay.projectedTsb)}
            unit={`target ${window.min} to +${window.max}`}
          />
          <Figure label="Max ramp" value={String(g.maxRampPerWeek)} unit="CTL/week" />
          <Figure label="Max ACWR" value={formatNumber(g.maxAcwr, 2)} unit="7-day ÷ 28-day load" />
          <Figure
            label="Weekly hours"
            value={`${g.minWeeklyHours}–${g.maxWeeklyHours}`}
            unit={plan.settings.fromHistory.some((k) => k.endsWith('WeeklyHours')) ? 'h · from history' : 'h'}
          />
          <Figure label="High intensity" value={`≤ ${Math.round(g.maxHighIntensityShare * 100)}`} unit="% of time" />
        </div>
        <PlanStart plan={plan} />
        <div className="plan-verdict" role="status">
          <strong>
            {plan.feasible
              ? '✓ Plan meets its guardrails and race-day form window'
              : '✗ Plan cannot meet everything asked of it'}
          </strong>
          {plan.reasons.length > 0 && (
            <ul>
              {plan.reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          )}
        </div>
      </section>
    </>
  );
}

/** Where the block starts from and what it plans around: the athlete's recent weeks and the races on their calendar. */
function PlanStart({ plan }: { plan: PlanView }) {
  const { baseline, races } = plan.settings;
  if (!baseline && races.length === 0) return null;
  return (
    <div className="plan-start">
      {baseline && (
        <p>
          <span className="muted">Started from</span>{' '}
          {baseline.normalWeeks > 0
            ? `the last ${baseline.normalWeeks} normal week${baseline.normalWeeks === 1 ? '' : 's'}`
            : 'the last weeks as they were'}
          : {Math.round(baseline.weekLoad)} TSS, {formatDuration(baseline.weekHours * 3600)} a week
          {baseline.skippedWeeks.length > 0 && <> · left out: {baseline.skippedWeeks.join('; ')}</>}
        </p>
      )}
      {races.length > 0 && (
        <p>
          <span className="muted">Races in the block</span>{' '}
          {races.map((r) => `${r.name} (${r.priority} race, ${formatDate(r.date)})`).join(' · ')}
        </p>
      )}
    </div>
  );
}

function Figure({ label, value, unit }: { label: string; value: string; unit: string }) {
  return (
    <div className="figure">
      <span className="muted">{label}</span>
      <strong>{value}</strong>
      <span className="muted">{unit}</span>
    </div>
  );
}

function PendingEditDialog({ plan, pending, onClose }: { plan: PlanView; pending: PendingEdit; onClose: () => void }) {
  switch (pending.kind) {
    case 'move':
      return (
        <ReasonDialog
          title={`Move ${pending.workout.name}?`}
          confirmLabel="Move session"
          onClose={onClose}
          onConfirm={async (reason) => {
            await api.call('plans.moveWorkout', {
              planId: plan.id,
              workoutId: pending.workout.id,
              toDate: pending.toDate,
              reason,
            });
          }}
        >
          <p>
            From {formatDay(pending.workout.date)} to {formatDay(pending.toDate)}. The projection and the week totals
            update when it is saved.
          </p>
        </ReasonDialog>
      );
    case 'remove':
      return (
        <ReasonDialog
          title={`Remove ${pending.workout.name}?`}
          confirmLabel="Remove session"
          onClose={onClose}
          onConfirm={async (reason) => {
            await api.call('plans.removeWorkout', { planId: plan.id, workoutId: pending.workout.id, reason });
          }}
        >
          <p>From {formatDay(pending.workout.date)}. The change log keeps what it was.</p>
        </ReasonDialog>
      );
    case 'lock':
      return (
        <ReasonDialog
          title={`${pending.day.locked ? 'Unlock' : 'Lock'} ${formatDay(pending.day.date)}?`}
          confirmLabel={pending.day.locked ? 'Unlock day' : 'Lock day'}
          onClose={onClose}
          onConfirm={async (reason) => {
            await api.call('plans.setDayLocked', {
              planId: plan.id,
              date: pending.day.date,
              locked: !pending.day.locked,
              reason,
            });
          }}
        >
          <p>
            {pending.day.locked
              ? 'Re-planning may change this day again.'
              : 'Re-planning will keep this day exactly as it is.'}
          </p>
        </ReasonDialog>
      );
    case 'archive':
      return (
        <ReasonDialog
          title="Archive this plan?"
          confirmLabel="Archive plan"
          onClose={onClose}
          onConfirm={async (reason) => {
            await api.call('plans.archive', { planId: plan.id, reason });
          }}
        >
          <p>An archived plan stays readable with its change log but can no longer be edited.</p>
        </ReasonDialog>
      );
  }
}
