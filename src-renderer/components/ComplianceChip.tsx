import type { ReactNode } from 'react';
import { COMPLIANCE_RULE, type RecentCompliance } from '../../src-main/common/domain/planner/compliance';

/**
 * Done ÷ planned time as a coloured percentage. Off green it says which side of the plan it is on — ▲ more
 * than planned, ▼ less — because amber alone reads the same for 127 % as for 65 %; the tooltip states the
 * colour rule, so 110 % in green and 127 % in amber explain themselves.
 */
export function ComplianceChip({ compliance, children }: { compliance: RecentCompliance; children?: ReactNode }) {
  const side = compliance.colour === 'green' ? null : compliance.ratio > 1 ? 'over' : 'under';
  const sideWords = side === 'over' ? ': more than planned' : side === 'under' ? ': less than planned' : '';
  return (
    <span
      className={`compliance-chip compliance-${compliance.colour}`}
      title={`${compliance.explanation}${sideWords}. Colours: ${COMPLIANCE_RULE}.`}
    >
      {side && <span aria-hidden="true">{side === 'over' ? '▲ ' : '▼ '}</span>}
      {Math.round(compliance.ratio * 100)} %{children}
    </span>
  );
}
