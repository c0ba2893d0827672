import type { Athlete } from '../../../src-main/common/contract';
import { THRESHOLD_METRICS, type ThresholdMetric } from '../../../src-main/common/domain/thresholds';
import { useUnits } from '../../app/app-context';
import { formatDate } from '../../format/dates';
import { useAthleteToday } from './athlete-today';
import { formatThreshold, THRESHOLD_LABELS } from '../../format/units';

/** The date the currently valid value was set: the latest history entry that is not in the future. */
function setOn(athlete: Athlete, metric: ThresholdMetric, today: string): string | undefined {
  return athlete.thresholdHistory
    .filter((entry) => entry.metric === metric && entry.validFrom <= today)
    .reduce<string | undefined>(
      (latest, entry) => (!latest || entry.validFrom > latest ? entry.validFrom : latest),
      undefined,
    );
}

export function ThresholdSummary({ athlete }: { athlete: Athlete }) {
  const units = useUnits();
  const today = useAthleteToday();
  const present = THRESHOLD_METRICS.filter((metric) => athlete.thresholds[metric] !== undefined);
  return (
    <section className="card" aria-labelledby="thresholds-title">
      <h2 id="thresholds-title">Current thresholds</h2>
      {present.length === 0 ? (
        <p className="muted">
          No thresholds set yet. Load (TSS) needs at least one — FTP for power, threshold pace for running, CSS for
          swimming or LTHR with max and resting HR.
        </p>
      ) : (
        <dl className="threshold-grid">
          {present.map((metric) => {
            const since = setOn(athlete, metric, today);
            return (
              <div key={metric}>
                <dt>{THRESHOLD_LABELS[metric]}</dt>
                <dd>
                  {formatThreshold(metric, athlete.thresholds[metric]!, units)}
                  {since && <div className="since">set {formatDate(since)}</div>}
                </dd>
              </div>
            );
          })}
        </dl>
      )}
    </section>
  );
}
