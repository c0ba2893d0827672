import type { ActivityDetail } from '../../../src-main/common/contract';
import { measuredMetrics } from '../../../src-main/common/domain/metrics/registry';
import { useUnits } from '../../app/app-context';
import { LOAD_METHOD_LABELS } from './ActivitiesTable';

/** Load with the sentence that says how it was computed, then every registry metric the activity has a value for (docs/domain.md#activity-load). */
export function ActivityMetrics({ detail }: { detail: ActivityDetail }) {
  const units = useUnits();
  const { activity, metrics } = detail;
  const measured = measuredMetrics(metrics, units);
  return (
    <div className="activity-metrics">
      <p className="load-explanation">
        <strong>How this load was calculated:</strong> {activity.loadExplanation || 'No explanation recorded.'}
      </p>
      <dl className="facts">
        <dt>Load</dt>
        <dd>
          {activity.load === null ? '—' : Math.round(activity.load)}{' '}
          <span className="muted">{LOAD_METHOD_LABELS[activity.loadMethod]}</span>
        </dd>
        {measured.map(({ metric, text }) => (
          <div key={metric.id} className="contents">
            <dt title={metric.explain}>{metric.label}</dt>
            <dd>{text}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
