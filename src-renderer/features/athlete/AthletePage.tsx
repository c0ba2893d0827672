import { useMemo } from 'react';
import { ApiCallError } from '../../api/errors';
import { useQuery } from '../../api/use-query';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { addDaysIso, todayIso } from '../../format/dates';
import { ActivitiesTable } from './ActivitiesTable';
import { AthleteHeader } from './AthleteHeader';
import { daysInRange } from './daily-series';
import { EventsList } from './EventsList';
import { ThresholdSummary } from './ThresholdSummary';
import { HrvChart, LoadChart } from './TrainingCharts';

const CHART_DAYS = 90;

export function AthletePage({ athleteId }: { athleteId: number }) {
  const today = todayIso();
  const from = addDaysIso(today, -(CHART_DAYS - 1));
  const days = useMemo(() => daysInRange(from, today), [from, today]);

  const athlete = useQuery('athletes.get', { id: athleteId });
  const activities = useQuery('activities.list', { athleteId });
  const events = useQuery('events.list', { athleteId });
  const wellness = useQuery('wellness.list', { athleteId, from, to: today });
  const recentActivities = useMemo(
    () => activities.data?.filter((a) => a.localDate >= from && a.localDate <= today) ?? [],
    [activities.data, from, today],
  );
  const hasHrv = wellness.data?.some((w) => w.hrvRmssd !== null) ?? false;

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
  if (!athlete.data) return <Loading what="athlete" />;

  return (
    <div className="page">
      <AthleteHeader athlete={athlete.data} />
      <ThresholdSummary athlete={athlete.data} />

      <div className="two-columns">
        <section className="card" aria-labelledby="load-chart-title">
          <h2 id="load-chart-title">Daily load, last 90 days</h2>
          {activities.error ? (
            <ErrorBanner error={activities.error} />
          ) : (
            <LoadChart activities={recentActivities} days={days} />
          )}
        </section>
        <section className="card" aria-labelledby="hrv-chart-title">
          <h2 id="hrv-chart-title">Morning HRV, last 90 days</h2>
          {wellness.error && <ErrorBanner error={wellness.error} />}
          {wellness.data && hasHrv && <HrvChart wellness={wellness.data} days={days} />}
          {wellness.data && !hasHrv && (
            <p className="muted">
              No HRV readings in the last 90 days. They appear here once wellness data is imported.
            </p>
          )}
        </section>
      </div>

      <section className="card" aria-labelledby="events-title">
        <h2 id="events-title">Notes and events</h2>
        {events.error && <ErrorBanner error={events.error} onRetry={events.reload} />}
        {events.data && <EventsList events={events.data} />}
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
            <ActivitiesTable activities={activities.data} />
          ))}
      </section>
    </div>
  );
}
