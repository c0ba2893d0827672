import { useEffect, useRef } from 'react';
import { useCall } from '../../api/use-call';
import { useUnits } from '../../app/app-context';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { formatDate } from '../../format/dates';
import { SPORT_LABELS } from '../../format/sports';
import { ActivityMetrics } from './ActivityMetrics';
import { ActivityWarnings } from './ActivityWarnings';
import { LapsTable } from './LapsTable';
import { MoveActivity } from './MoveActivity';
import { SessionNotes } from './SessionNotes';
import { StreamCharts } from './StreamCharts';
import { formatClock, formatDistance } from '../../../src-main/common/format';

/** One activity in a large dialog over the athlete page: streams, laps and how its load was made. */
export function ActivityDetailDialog({ activityId, onClose }: { activityId: number; onClose: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const units = useUnits();
  const detail = useCall('activities.detail', { id: activityId });
  const activity = detail.data?.activity;

  useEffect(() => dialogRef.current?.showModal(), []);

  return (
    <dialog ref={dialogRef} className="wide-dialog" onClose={onClose} aria-labelledby="activity-detail-title">
      <header className="page-header">
        <div>
          <h2 id="activity-detail-title">{activity ? activity.name : 'Activity'}</h2>
          {activity && (
            <div className="athlete-meta">
              <span>{formatDate(activity.localDate)}</span>
              <span>{SPORT_LABELS[activity.sport]}</span>
              <span>{formatClock(activity.timerSeconds)}</span>
              {activity.distanceMeters !== null && <span>{formatDistance(activity.distanceMeters, units)}</span>}
            </div>
          )}
        </div>
        <button type="button" onClick={onClose} autoFocus>
          Close
        </button>
      </header>
      {detail.error && <ErrorBanner error={detail.error} onRetry={detail.refetch} />}
      {detail.isPending && <Loading what="activity" />}
      {detail.data && (
        <div className="activity-detail">
          <ActivityWarnings activity={detail.data.activity} />
          <ActivityMetrics detail={detail.data} />
          <SessionNotes
            key={`${detail.data.activity.rpe}|${detail.data.activity.notes}`}
            activity={detail.data.activity}
          />
          <section aria-labelledby="streams-title">
            <h3 id="streams-title">Streams</h3>
            <StreamCharts detail={detail.data} />
          </section>
          <section aria-labelledby="laps-title">
            <h3 id="laps-title">Laps</h3>
            <LapsTable laps={detail.data.laps} sport={detail.data.activity.sport} />
          </section>
          <MoveActivity activityId={activityId} athleteId={detail.data.activity.athleteId} onMoved={onClose} />
        </div>
      )}
    </dialog>
  );
}
