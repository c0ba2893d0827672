import { EmptyState } from '../../components/EmptyState';

/** Placeholder until planning lands: says what will appear rather than showing an invented plan. */
export function PlannerPage() {
  return (
    <div className="page">
      <header className="page-header">
        <h1>Planner</h1>
      </header>
      <div className="card">
        <EmptyState title="Planning is coming">
          <p>
            The planner will hold each athlete's calendar of planned workouts next to what they completed, with
            compliance colours, projected fitness (CTL) towards target events, and exports to devices and training apps.
          </p>
          <p>This part of Coach Workstation is not built yet; nothing is planned here until it is.</p>
        </EmptyState>
      </div>
    </div>
  );
}
