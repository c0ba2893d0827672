import { EmptyState } from '../../components/EmptyState';

/** Placeholder until anomaly triage lands: says what will appear rather than showing invented items. */
export function InboxPage() {
  return (
    <div className="page">
      <header className="page-header">
        <h1>Inbox</h1>
      </header>
      <div className="card">
        <EmptyState title="Nothing to triage yet">
          <p>
            The inbox will collect what needs a coach's eye across the roster: HRV or resting heart rate outside an
            athlete's normal band, sudden jumps in training load (ramp rate, ACWR), missed planned sessions and files
            waiting to be assigned.
          </p>
          <p>This part of Coach Workstation is not built yet; no items are shown until it is.</p>
        </EmptyState>
      </div>
    </div>
  );
}
