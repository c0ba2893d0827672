import type { RosterRow } from '../../../src-main/common/contract';

/**
 * CTL, ATL and TSB differ between tools by smoothing and form dating, so the roster says which
 * convention made its numbers — per athlete when they differ.
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
      athlete page. Ramp and HRV thresholds follow GUIDE §2 (ramp above 8 CTL/wk warns; HRV band = 60-day mean ± 0.5
      SD).
    </p>
  );
}
