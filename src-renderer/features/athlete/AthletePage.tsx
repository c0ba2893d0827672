import { useState } from 'react';
import { ApiCallError } from '../../api/errors';
import { useQuery } from '../../api/use-query';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { addDaysIso, todayIso } from '../../format/dates';
import { ActivitiesTable, SHOWN_AT_FIRST } from './ActivitiesTable';
import { ActivityDetailDialog } from './ActivityDetailDialog';
import { AthleteHeader } from './AthleteHeader';
import { EventsList } from './EventsList';
import { LoadSection } from './LoadSection';
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

export function AthletePage({ athleteId }: { athleteId: number }) {
  const today = todayIso();
  const trendRange = { athleteId, from: addDaysIso(today, -(TREND_DAYS - 1)), to: today };
  const [openActivity, setOpenActivity] = useState<number>();

  const athlete = useQuery('athletes.get', { id: athleteId });
  const activities = useQuery('activities.list', { athleteId });
  const events = useQuery('events.list', { athleteId });
  const wellness = useQuery('analytics.wellness', trendRange);
  const weekly = useQuery('analytics.weekly', trendRange);

  if (athlete.error instanceof ApiCallError && athlete.error.code === 'NOT_FOUND') {
    return (
      <EmptyState title="Athlete not found">
        <p>
          They may have been deleted. Back to the <a href="#/roster">roster</a>.
        </p>
      </EmptyState>
    );
  }
  if (athlete.error) return <ErrorBanner error={athlete.error} onRetry={athlete.reload} />;

  // The sections that need only the id mount at once, so their requests start beside athletes.get
  // rather than after it.
  return (
    <div className="page athlete-page">
      {athlete.data ? (
        <>
          <AthleteHeader athlete={athlete.data} />
          <ThresholdSummary athlete={athlete.data} />
        </>
      ) : (
        <Loading what="athlete" />
      )}

      <LoadSection athleteId={athleteId} />

      <div className="two-columns">
        <section className="card" aria-labelledby="wellness-title">
          <h2 id="wellness-title">Wellness, last 26 weeks</h2>
          {wellness.error && <ErrorBanner error={wellness.error} onRetry={wellness.reload} />}
          {wellness.loading && <Loading what="wellness" />}
          {wellness.data && <WellnessCharts series={wellness.data} />}
        </section>
        <section className="card" aria-labelledby="weekly-title">
          <h2 id="weekly-title">Weekly volume by sport, last 26 weeks</h2>
          {weekly.error && <ErrorBanner error={weekly.error} onRetry={weekly.reload} />}
          {weekly.loading && <Loading what="weekly volume" />}
          {weekly.data && <WeeklyVolumeChart summary={weekly.data} />}
        </section>
      </div>

      <section className="card" aria-labelledby="curves-title">
        <h2 id="curves-title">Power and pace duration curves</h2>
        <PerformanceCurves athleteId={athleteId} />
      </section>

      <section aria-labelledby="activities-title">
        <h2 id="activities-title">
          Activities {activities.data && <span className="muted">({activities.data.length})</span>}
        </h2>
        {activities.error && <ErrorBanner error={activities.error} onRetry={activities.reload} />}
        {activities.loading && <Loading what="activities" />}
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
            <ThresholdHistory athlete={athlete.data} onSaved={athlete.reload} />
          </section>
          <section className="card" aria-labelledby="events-title">
            <h2 id="events-title">Notes and events</h2>
            {events.error && <ErrorBanner error={events.error} onRetry={events.reload} />}
            {events.data && <EventsList events={events.data} />}
          </section>
        </div>
      )}
    </div>
  );
}
