import { ANOMALY_RULES, type AnomalyRule } from '../../../src-main/common/domain/anomalies/types';
import { RULE_LABELS } from '../../../src-main/common/domain/anomalies/settings';
import type { AnomalyState, AthleteSummary } from '../../../src-main/common/contract';

export interface InboxFilter {
  /** 'active': open, acknowledged and snoozes that ran out — what still needs the coach. */
  state: AnomalyState | 'active' | 'all';
  athleteId?: number;
  rule?: AnomalyRule;
}

export const STATE_FILTERS = [
  { value: 'active', label: 'Needs attention' },
  { value: 'open', label: 'Open' },
  { value: 'acknowledged', label: 'Acknowledged' },
  { value: 'snoozed', label: 'Snoozed' },
  { value: 'resolved', label: 'Resolved' },
  { value: 'all', label: 'All' },
] as const;

export function InboxFilters({
  filter,
  athletes,
  onChange,
}: {
  filter: InboxFilter;
  athletes: AthleteSummary[];
  onChange: (filter: InboxFilter) => void;
}) {
  return (
    <div className="toolbar inbox-filters" role="group" aria-label="Filter anomalies">
      <label>
        Athlete{' '}
        <select
          value={filter.athleteId ?? ''}
          onChange={(e) =>
            onChange({ ...filter, athleteId: e.target.value === '' ? undefined : Number(e.target.value) })
          }
        >
          <option value="">Every athlete</option>
          {athletes.map((athlete) => (
            <option key={athlete.id} value={athlete.id}>
              {athlete.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Rule{' '}
        <select
          value={filter.rule ?? ''}
          onChange={(e) =>
            onChange({ ...filter, rule: e.target.value === '' ? undefined : (e.target.value as AnomalyRule) })
          }
        >
          <option value="">Every rule</option>
          {ANOMALY_RULES.map((rule) => (
            <option key={rule} value={rule}>
              {RULE_LABELS[rule]}
            </option>
          ))}
        </select>
      </label>
      <label>
        State{' '}
        <select
          value={filter.state}
          onChange={(e) => onChange({ ...filter, state: e.target.value as InboxFilter['state'] })}
        >
          {STATE_FILTERS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
