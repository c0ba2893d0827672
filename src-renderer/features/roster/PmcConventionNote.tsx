import type { RosterRow } from '../../../src-main/common/contract';
import { DEFAULT_BASELINE_OPTIONS } from '../../../src-main/common/domain/wellness/rolling-baseline';
import { ATTENTION_RULES } from './roster-status';

const HRV_BAND = DEFAULT_BASELINE_OPTIONS;

/**
 * CTL, ATL and TSB differ between tools by smoothing and form dating, so the roster says which
 * convention made its numbers — per athlete when they differ — and where its warning lines come from.
 */
export function PmcConventionNote({ rows }: { rows: RosterRow[] }) {
  const byLabel = new Map<string, number>();
  for (const row of rows) byLabel.set(row.convention.label, (byLabel.get(row.convention.label) ?? 0) + 1);
  const conventions = [...byLabel].sort((a, b) => b[1] - a[1]);
  if (conventions.length === 0) return null;
  return (
    <p className="footnote" data-testid="pmc-convention">
      <strong>PMC convention:</strong>{' '}
      {conventions.length === 1
        ? conventions[0]![0]
        : conventions.map(([label, count]) => `${label} (${count} athletes)`).join('; ')}
      . Other tools may smooth or date form differently, so their numbers can differ; change it per athlete on the
      athlete page. A CTL ramp above {ATTENTION_RULES.rampAbove} a week is flagged (5–8 is typical, about 10 the upper
      limit, after TrainingPeaks&apos; ramp-rate guidance), and an ACWR above {ATTENTION_RULES.acwrAbove} (Gabbett
      2016). HRV is below its band when the {HRV_BAND.recentDays}-day mean of ln rMSSD falls under the{' '}
      {HRV_BAND.baselineDays}-day mean − {HRV_BAND.bandWidthSd} SD (Plews et al. 2013).
    </p>
  );
}
