import { useCall } from '../../api/use-call';
import { hashQuery, routeHref } from '../../app/routes';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { formatDate } from '../../format/dates';
import { NewPlanForm } from './NewPlanForm';
import { RACE_TYPE_LABELS } from './plan-format';
import { PlanScreen } from './PlanScreen';
import './planner.css';

/** `#/planner` lists the roster's plans and starts new ones; `#/planner/12` opens one. */
export function PlannerPage({ planId }: { planId?: number }) {
  if (planId !== undefined) return <PlanScreen key={planId} planId={planId} />;
  return <PlanList />;
}

function PlanList() {
  const plans = useCall('plans.list', {});
  const athletes = useCall('athletes.list', {});
  if (plans.error) return <ErrorBanner error={plans.error} onRetry={plans.refetch} />;
  if (athletes.error) return <ErrorBanner error={athletes.error} onRetry={athletes.refetch} />;
  if (!plans.data || !athletes.data) return <Loading what="plans" />;
  const initialAthlete = Number(hashQuery().get('athlete')) || undefined;
  return (
    <div className="page planner-page">
      <header className="page-header">
        <h1>Planner</h1>
      </header>
      <section className="card" aria-labelledby="plans-title">
        <h2 id="plans-title">Active plans</h2>
        {plans.data.length === 0 ? (
          <EmptyState title="No plans yet">
            <p>
              Pick an athlete and a goal race below: the generator builds the block back from race day with your
              guardrails.
            </p>
          </EmptyState>
        ) : (
          <div className="table-wrap">
            <table className="plans-table">
              <thead>
                <tr>
                  <th scope="col">Athlete</th>
                  <th scope="col">Plan</th>
                  <th scope="col">Race</th>
                  <th scope="col">Race date</th>
                  <th scope="col" className="num">
                    Weeks
                  </th>
                </tr>
              </thead>
              <tbody>
                {plans.data.map((p) => (
                  <tr key={p.id}>
                    <td>{p.athleteName}</td>
                    <td>
                      <a href={routeHref({ screen: 'planner', planId: p.id })}>{p.name}</a>
                    </td>
                    <td>
                      {RACE_TYPE_LABELS[p.raceType]}
                      {p.raceName ? ` · ${p.raceName}` : ''}
                    </td>
                    <td>{formatDate(p.raceDate)}</td>
                    <td className="num">{p.weeks}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {athletes.data.length > 0 ? (
        <NewPlanForm athletes={athletes.data} initialAthleteId={initialAthlete} />
      ) : (
        <EmptyState title="No athletes">
          <p>Add an athlete or load the demo roster first.</p>
        </EmptyState>
      )}
    </div>
  );
}
