import { useState } from 'react';
import type { PeriodCurves } from '../../../src-main/common/contract';
import { useCall } from '../../api/use-call';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { useAthleteToday } from './athlete-today';
import { CP_WINDOW_TEXT, PaceCurveChart, PowerCurveChart } from './CurveCharts';
import {
  COMPARISON_LABELS,
  comparisonRange,
  PERIOD_LABELS,
  periodRange,
  type ComparisonId,
  type PeriodId,
} from './curve-periods';
import { formatNumber } from '../../../src-main/common/format';

function CriticalPowerFacts({ label, curves }: { label: string; curves: PeriodCurves }) {
  const cp = curves.criticalPower;
  return (
    <div className="curve-facts">
      <h3>{label}</h3>
      <dl className="facts">
        <dt>CP</dt>
        <dd>{cp ? `${Math.round(cp.cp)} W` : '—'}</dd>
        <dt>W′</dt>
        <dd>{cp ? `${formatNumber(cp.wPrime / 1000, 1)} kJ` : '—'}</dd>
        <dt>Fit</dt>
        <dd>
          {cp
            ? `r² ${formatNumber(cp.rSquared, 3)} from ${cp.pointsUsed} efforts of ${CP_WINDOW_TEXT}`
            : `needs maximal efforts of ${CP_WINDOW_TEXT}`}
        </dd>
        <dt>Estimated FTP</dt>
        <dd>{curves.ftp ? <span title={curves.ftp.explanation}>{Math.round(curves.ftp.watts)} W</span> : '—'}</dd>
      </dl>
      {curves.ftp && <p className="footnote">{curves.ftp.explanation}</p>}
    </div>
  );
}

/** Best efforts by duration for a chosen period, optionally against an earlier one, with the CP model. */
export function PerformanceCurves({ athleteId }: { athleteId: number }) {
  const [period, setPeriod] = useState<PeriodId>('last-6-weeks');
  const [comparison, setComparison] = useState<ComparisonId>('none');
  const today = useAthleteToday();
  const range = periodRange(period, today);
  const compare = comparisonRange(comparison, range);
  const curves = useCall('analytics.curves', {
    athleteId,
    ...range,
    ...(compare && { compareFrom: compare.from, compareTo: compare.to }),
  });
  const data = curves.data;
  const hasPower = data && (data.period.power.length > 0 || (data.comparison?.power.length ?? 0) > 0);
  const hasPace = data && (data.period.pace.length > 0 || (data.comparison?.pace.length ?? 0) > 0);

  return (
    <>
      <div className="toolbar">
        <label>
          Period{' '}
          <select value={period} onChange={(e) => setPeriod(e.target.value as PeriodId)}>
            {Object.entries(PERIOD_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Compare with{' '}
          <select value={comparison} onChange={(e) => setComparison(e.target.value as ComparisonId)}>
            {Object.entries(COMPARISON_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        {data && (
          <span className="muted">
            {data.period.activitiesWithCurves} activities with recorded streams in the period
          </span>
        )}
      </div>
      {curves.error && <ErrorBanner error={curves.error} onRetry={curves.refetch} />}
      {curves.isPending && <Loading what="curves" />}
      {data && !hasPower && !hasPace && (
        <p className="muted">
          No power or pace curves in this period: curves come from activities imported with their recorded streams.
        </p>
      )}
      {data && (hasPower || hasPace) && (
        <div className="two-columns">
          {hasPower && (
            <div>
              <h3>Power duration curve</h3>
              <PowerCurveChart period={data.period} comparison={data.comparison} />
              <div className="curve-facts-row">
                <CriticalPowerFacts label="This period" curves={data.period} />
                {data.comparison && <CriticalPowerFacts label="Comparison" curves={data.comparison} />}
              </div>
            </div>
          )}
          {hasPace && (
            <div>
              <h3>Pace duration curve</h3>
              <PaceCurveChart period={data.period} comparison={data.comparison} />
            </div>
          )}
        </div>
      )}
    </>
  );
}
