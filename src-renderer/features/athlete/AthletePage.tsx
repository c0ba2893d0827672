import { useEffect, useMemo, useState } from 'react';
import type { AthleteEvent } from '../../../src-main/common/contract';
import { ApiCallError } from '../../api/errors';
import { useCall } from '../../api/use-call';
import { hashQuery, useHash } from '../../app/routes';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { addDaysIso } from '../../format/dates';
import { ActivitiesTable, SHOWN_AT_FIRST } from './ActivitiesTable';
import { ActivityDetailDialog } from './ActivityDetailDialog';
import { AthleteTodayProvider, useAthleteToday, WhenAthleteTodayKnown } from './athlete-today';
import { AthleteHeader } from './AthleteHeader';
import { AthleteRuleSettings } from './AthleteRuleSettings';
import { evidenceRangeOf, useContextMarks, type ContextMark } from './context-marks';
import { EventForm } from './EventForm';
import { EventsList } from './EventsList';
import { InjuryLog } from './InjuryLog';
import { PLAN_LIMITING_KINDS, PlanOverlapNotice } from './PlanOverlapNotice';
import { LoadSection } from './LoadSection';
import { NotesPanel } from './NotesPanel';
import { PerformanceCurves } from './PerformanceCurves';
import { RenderWhenNear } from './RenderWhenNear';
import { ThresholdHistory } from './ThresholdHistory';
import { ThresholdSummary } from './ThresholdSummary';
import { WellnessCharts } from './WellnessCharts';
import { WeeklyVolumeChart } from './WeeklyVolumeChart';
import './athlete.css';

/** About the height of the activities table (header, shown rows, "show all"), held before it renders. */
function activitiesTableHeight(count: number): number {
  return 40 + 37 * Math.min(count, SHOWN_AT_FIRST) + 30;
}

/** Wellness and weekly volume cover half a year: long enough to see a season's build, short enough to read. */
const TREND_DAYS = 182;

/**
 * #/athletes/3?section=wellness-title (the inbox's evidence links, which also carry the evidence's
 * from/to dates) scrolls to that section once the page has laid out; without it the page opens at the top.
 */
function useScrollToSection(ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    const section = hashQuery().get('section');
    if (section) document.getElementById(section)?.scrollIntoView({ block: 'start' });
  }, [ready]);
}

/** The inbox's evidence range in the address, kept as one object while the address stays the same. */
function useEvidenceRange(): { from: string; to: string } | null {
  const hash = useHash();
  return useMemo(() => evidenceRangeOf(hash), [hash]);
}

/** Wellness and weekly volume over the last TREND_DAYS of the athlete's calendar. */
function TrendSections({ athleteId, marks }: { athleteId: number; marks: readonly ContextMark[] }) {
  const today = useAthleteToday();
  const trendRange = { athleteId, from: addDaysIso(today, -(TREND_DAYS - 1)), to: today };
  const wellness = useCall('analytics.wellness', trendRange);
  const weekly = useCall('analytics.weekly', trendRange);
  useScrollToSection(wellness.data !== undefined);
  return (
    <div className="two-columns">
      <section className="card" aria-labelledby="wellness-title">
        <h2 id="wellness-title">Wellness, last 26 weeks</h2>
        {wellness.error && <ErrorBanner error={wellness.error} onRetry={wellness.refetch} />}
        {wellness.isPending && <Loading what="wellness" />}
        {wellness.data && <WellnessCharts series={wellness.data} marks={marks} />}
      </section>
      <section className="card" aria-labelledby="weekly-title">
        <h2 id="weekly-title">Weekly volume by sport, last 26 weeks</h2>
        {weekly.error && <ErrorBanner error={weekly.error} onRetry={weekly.refetch} />}
        {weekly.isPending && <Loading what="weekly volume" />}
        {weekly.data && <WeeklyVolumeChart summary={weekly.data} />}
      </section>
    </div>
  );
}

export function AthletePage({ athleteId }: { athleteId: number }) {
  const [openActivity, setOpenActivity] = useState<number>();
  const [addingEvent, setAddingEvent] = useState(false);
  const [loggedEvent, setLoggedEvent] = useState<AthleteEvent>();

  const athlete = useCall('athletes.get', { id: athleteId });
  const activities = useCall('activities.list', { athleteId });
  const events = useCall('events.list', { athleteId });
  const evidence = useEvidenceRange();
  const contextMarks = useContextMarks(athleteId);
  const marks = useMemo(
    (): readonly ContextMark[] =>
      evidence
        ? [...contextMarks, { kind: 'evidence', from: evidence.from, to: evidence.to, label: 'Inbox evidence' }]
        : contextMarks,
    [contextMarks, evidence],
  );

  if (athlete.error instanceof ApiCallError && athlete.error.code === 'NOT_FOUND') {
    return (
      <EmptyState title="Athlete not found">
        <p>
          They may have been deleted. Back to the <a href="#/roster">roster</a>.
        </p>
      </EmptyState>
    );
  }
  if (athlete.error) return <ErrorBanner error={athlete.error} onRetry={athlete.refetch} />;

  // The sections that need only the id mount at once, so their requests start beside athletes.get
  // rather than after it; those that date something by the athlete's today (a range ending today, a
  // form's default date) wait for the athlete's time zone.
  const page = (
    <div className="page athlete-page">
      {athlete.data ? (
        <>
          <AthleteHeader athlete={athlete.data} />
          <ThresholdSummary athlete={athlete.data} />
          <p className="athlete-links">
            <a href={`#/athletes/${athleteId}/brief`}>Call brief</a> ·{' '}
            <a href={`#/inbox?athlete=${athleteId}`}>Inbox for {athlete.data.name}</a>
          </p>
        </>
      ) : (
        <Loading what="athlete" />
      )}

      <LoadSection athleteId={athleteId} marks={marks} focus={evidence} />

      <WhenAthleteTodayKnown fallback={<Loading what="wellness and weekly volume" />}>
        <TrendSections athleteId={athleteId} marks={marks} />
      </WhenAthleteTodayKnown>

      <div className="two-columns">
        <section className="card" aria-labelledby="injuries-title">
          <InjuryLog athleteId={athleteId} />
        </section>
        <section className="card" aria-labelledby="notes-title">
          <NotesPanel athleteId={athleteId} />
        </section>
      </div>

      <section className="card" aria-labelledby="curves-title">
        <h2 id="curves-title">Power and pace duration curves</h2>
        <WhenAthleteTodayKnown fallback={<Loading what="duration curves" />}>
          <PerformanceCurves athleteId={athleteId} />
        </WhenAthleteTodayKnown>
      </section>

      <section aria-labelledby="activities-title">
        <h2 id="activities-title">
          Activities {activities.data && <span className="muted">({activities.data.length})</span>}
        </h2>
        {activities.error && <ErrorBanner error={activities.error} onRetry={activities.refetch} />}
        {activities.isPending && <Loading what="activities" />}
        {activities.data &&
          (activities.data.length === 0 ? (
            <p className="muted">
              No activities yet. Import FIT, TCX or GPX files on the <a href="#/imports">Imports</a> screen.
            </p>
          ) : (
            <RenderWhenNear placeholderHeight={activitiesTableHeight(activities.data.length)}>
              <ActivitiesTable activities={activities.data} onOpen={(activity) => setOpenActivity(activity.id)} />
            </RenderWhenNear>
          ))}
      </section>
      {openActivity !== undefined && (
        <ActivityDetailDialog activityId={openActivity} onClose={() => setOpenActivity(undefined)} />
      )}

      {athlete.data && (
        <div className="two-columns">
          <section className="card" aria-labelledby="threshold-history-title">
            <h2 id="threshold-history-title">Threshold history</h2>
            <ThresholdHistory athlete={athlete.data} />
          </section>
          <section className="card" aria-labelledby="events-title">
            <div className="card-header">
              <h2 id="events-title">Notes and events</h2>
              <button type="button" onClick={() => setAddingEvent(!addingEvent)} aria-expanded={addingEvent}>
                New event
              </button>
            </div>
            {addingEvent && (
              <EventForm
                athleteId={athleteId}
                onSaved={(saved) => {
                  setAddingEvent(false);
                  setLoggedEvent(PLAN_LIMITING_KINDS.has(saved.kind) ? saved : undefined);
                }}
                onCancel={() => setAddingEvent(false)}
              />
            )}
            {loggedEvent && (
              <PlanOverlapNotice key={loggedEvent.id} event={loggedEvent} onDone={() => setLoggedEvent(undefined)} />
            )}
            {events.error && <ErrorBanner error={events.error} onRetry={events.refetch} />}
            {events.data && <EventsList events={events.data} />}
          </section>
        </div>
      )}

      <section className="card" aria-labelledby="rule-settings-title">
        <AthleteRuleSettings athleteId={athleteId} />
      </section>
    </div>
  );
  return <AthleteTodayProvider timeZone={athlete.data?.timeZone}>{page}</AthleteTodayProvider>;
}
