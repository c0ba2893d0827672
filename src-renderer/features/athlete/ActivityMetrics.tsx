import type { ActivityDetail } from '../../../src-main/common/contract';
import { useUnits } from '../../app/app-context';
import { paceToDisplaySeconds, paceUnit, type UnitSystem } from '../../format/units';
import { LOAD_METHOD_LABELS } from './ActivitiesTable';
import { formatNumber, formatPace } from '../../../src-main/common/format';

/** The stored metrics a coach reads, with their names and units (docs/domain.md#activity-load); `undefined` hides a value. */
function describeMetric(key: string, value: unknown, units: UnitSystem): { label: string; text: string } | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  switch (key) {
    case 'np':
      return { label: 'Normalized Power', text: `${Math.round(value)} W` };
    case 'ngp':
      return {
        label: 'Normalised graded pace',
        text: `${formatPace(paceToDisplaySeconds(value, units))} ${paceUnit(units)}`,
      };
    case 'if':
      return { label: 'Intensity factor', text: formatNumber(value, 2) };
    case 'tss':
      return { label: 'TSS (power)', text: formatNumber(value, 1) };
    case 'rtss':
      return { label: 'rTSS (pace)', text: formatNumber(value, 1) };
    case 'stss':
      return { label: 'sTSS (swim)', text: formatNumber(value, 1) };
    case 'hrss':
      return { label: 'HRSS (heart rate)', text: formatNumber(value, 1) };
    case 'trimp':
      return { label: 'TRIMP', text: formatNumber(value, 1) };
    case 'efficiencyFactor':
      return { label: 'Efficiency factor', text: formatNumber(value, 2) };
    case 'decouplingPercent':
      return { label: 'Aerobic decoupling', text: `${formatNumber(value, 1)} %` };
    default:
      return { label: key, text: String(Math.round(value * 100) / 100) };
  }
}

/** Load with the sentence that says how it was computed, then every scalar metric stored for the activity. */
export function ActivityMetrics({ detail }: { detail: ActivityDetail }) {
  const units = useUnits();
  const { activity } = detail;
  const described = Object.entries(detail.metrics).flatMap(([key, value]) => {
    const metric = describeMetric(key, value, units);
    return metric ? [{ key, ...metric }] : [];
  });
  return (
    <div className="activity-metrics">
      <p className="load-explanation">
        <strong>How this load was calculated:</strong>{' '}
        {activity.loadExplanation || 'No explanation recorded.'}
      </p>
      <dl className="facts">
        <dt>Load</dt>
        <dd>
          {activity.load === null ? '—' : Math.round(activity.load)}{' '}
          <span className="muted">{LOAD_METHOD_LABELS[activity.loadMethod]}</span>
        </dd>
        {described.map((metric) => (
          <div key={metric.key} className="contents">
            <dt>{metric.label}</dt>
            <dd>{metric.text}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
