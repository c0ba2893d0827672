import { useState } from 'react';
import type { AthleteEvent } from '../../../src-main/common/contract';
import type { PlanSummary, PlanView } from '../../../src-main/common/contract/plans';
import { useCall, useCallMutation } from '../../api/use-call';
import { routeHref } from '../../app/routes';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatDate } from '../../format/dates';
import { useAthleteToday } from './athlete-today';
import { ReplanDialog } from '../planner/ReplanDialog';
import { KIND_LABELS } from './event-labels';

/** The life events whose days the planner limits (illness → rest, travel → 1 h, injury → easy only). */
export const PLAN_LIMITING_KINDS: ReadonlySet<AthleteEvent['kind']> = new Set(['travel', 'illness', 'injury']);

function dateSpan(from: string, to: string | null): string {
  if (to === null) return `from ${formatDate(from)}`;
  return from === to ? formatDate(from) : `${formatDate(from)} – ${formatDate(to)}`;
}

/**
 * The active plan whose days still to come an event falls on: its days before today are history and a race
 * that is over has nothing left to re-plan. An event without an end goes on, so it reaches race day.
 */
function overlappedPlan(plans: readonly PlanSummary[], event: AthleteEvent, today: string): PlanSummary | undefined {
  return plans.find((plan) => {
    const first = plan.startDate > today ? plan.startDate : today;
    return event.startDate <= plan.raceDate && (event.endDate ?? plan.raceDate) >= first && plan.raceDate >= today;
  });
}

/**
 * After a travel, illness or injury is logged: when it falls inside the athlete's active plan, offer the
 * re-plan preview of the affected days (the re-plan reads the logged event into those days), so the coach
 * sees before → after and accepts, or dismisses the offer.
 */
export function PlanOverlapNotice({ event, onDone }: { event: AthleteEvent; onDone: () => void }) {
  const [view, setView] = useState<PlanView>();
  const [applied, setApplied] = useState(false);
  const today = useAthleteToday();
  const plans = useCall('plans.list', { athleteId: event.athleteId });
  const preview = useCallMutation('plans.get');

  const error = plans.error ?? preview.error;
  if (error) return <ErrorBanner error={error} />;
  const plan = plans.data && overlappedPlan(plans.data, event, today);
  if (!plan) return null;
  const planLink = <a href={routeHref({ screen: 'planner', planId: plan.id })}>{plan.name}</a>;
  if (applied) {
    return (
      <div className="banner success plan-overlap" role="status">
        Re-planned {planLink} around {event.title}.{' '}
        <button type="button" className="link" onClick={onDone}>
          Close
        </button>
      </div>
    );
  }
  const note = `${KIND_LABELS[event.kind]} logged: ${event.title} (${dateSpan(event.startDate, event.endDate)})`;
  return (
    <div className="banner plan-overlap" role="status">
      This overlaps {planLink} ({formatDate(plan.startDate)} – {formatDate(plan.raceDate)}).{' '}
      <button type="button" className="primary" onClick={() => preview.run({ id: plan.id }, setView)}>
        Preview re-plan
      </button>{' '}
      <button type="button" onClick={onDone}>
        Dismiss
      </button>
      {view && (
        <ReplanDialog
          plan={view}
          initial={{ kind: 'other', note }}
          onApplied={() => setApplied(true)}
          onClose={() => setView(undefined)}
        />
      )}
    </div>
  );
}
