import type { AthleteSummary, ThresholdBasis } from '../../../src-main/common/contract';
import { THRESHOLD_METRICS } from '../../../src-main/common/domain/thresholds';
import { useUnits } from '../../app/app-context';
import { formatThreshold, THRESHOLD_LABELS } from '../../format/units';

/** Thresholds that change a workout's numbers; weight only moves cycling distances a little. */
const SHOWN_METRICS = THRESHOLD_METRICS.filter((metric) => metric !== 'weight' && metric !== 'restingHr');

/**
 * Whose thresholds turn the targets into durations, distances and loads. Without an athlete the
 * domain assumes thresholds and each workout's explanation names them.
 */
export function ThresholdBasisPicker({
  athletes,
  athleteId,
  basis,
  onChange,
}: {
  athletes: AthleteSummary[];
  athleteId: number | undefined;
  /** The thresholds last answered by the server; may lag the selection by a moment. */
  basis: ThresholdBasis;
  onChange: (athleteId: number | undefined) => void;
}) {
  const units = useUnits();
  const known = SHOWN_METRICS.filter((metric) => basis.thresholds[metric] !== undefined);
  return (
    <div className="basis-picker">
      <label htmlFor="wk-basis">Numbers for</label>
      <select
        id="wk-basis"
        value={athleteId ?? ''}
        onChange={(e) => onChange(e.target.value ? Number(e.target.value) : undefined)}
      >
        <option value="">No athlete (assumed thresholds)</option>
        {athletes.map((athlete) => (
          <option key={athlete.id} value={athlete.id}>
            {athlete.name}
          </option>
        ))}
      </select>
      {basis.athleteId !== null && (
        <span className="muted basis-values">
          {known.length === 0
            ? 'no thresholds set: assumed values are named under each workout'
            : known
                .map(
                  (metric) =>
                    `${THRESHOLD_LABELS[metric]} ${formatThreshold(metric, basis.thresholds[metric]!, units)}`,
                )
                .join(' · ')}
        </span>
      )}
    </div>
  );
}
