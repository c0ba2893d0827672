import { useState } from 'react';
import type { PlanView } from '../../../src-main/common/contract/plans';
import { formatDateTime } from '../../../src-main/common/format';

const ACTOR_LABELS = { coach: 'Coach', generator: 'Generator', suggestion: 'Applied suggestion' } as const;

/** Every change to the plan with when, who and why; filterable to one week. */
export function ChangeLog({ plan }: { plan: PlanView }) {
  const [week, setWeek] = useState<number | 'all'>('all');
  const shown = plan.changes.filter((c) => week === 'all' || c.weekIndex === week);
  return (
    <section className="card" aria-labelledby="change-log-title">
      <div className="toolbar">
        <h2 id="change-log-title">Change log</h2>
        <label>
          <span className="muted">Show </span>
          <select
            value={week}
            onChange={(e) => setWeek(e.target.value === 'all' ? 'all' : Number(e.target.value))}
            aria-label="Filter the change log by week"
          >
            <option value="all">all weeks</option>
            {plan.weeks.map((w) => (
              <option key={w.index} value={w.index}>
                week {w.index}
              </option>
            ))}
          </select>
        </label>
      </div>
      {shown.length === 0 ? (
        <p className="muted">No changes{week === 'all' ? '' : ` in week ${week}`}.</p>
      ) : (
        <ol className="change-log">
          {shown.map((c) => (
            <li key={c.id}>
              <div>
                <strong>{c.summary}</strong>
              </div>
              <div className="muted">
                {formatDateTime(c.at)} · {ACTOR_LABELS[c.actor]}
                {c.weekIndex !== null ? ` · week ${c.weekIndex}` : ''}
              </div>
              <div>
                <span className="muted">Reason:</span> {c.reason}
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
