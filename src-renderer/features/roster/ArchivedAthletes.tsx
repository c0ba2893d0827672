import { useCall } from '../../api/use-call';
import { ErrorBanner } from '../../components/ErrorBanner';

/** The load roster lists active athletes only; archived ones stay reachable here to unarchive or review. */
export function ArchivedAthletes() {
  const athletes = useCall('athletes.list', { includeArchived: true });
  if (athletes.error) return <ErrorBanner error={athletes.error} onRetry={athletes.refetch} />;
  const archived = athletes.data?.filter((a) => a.archived) ?? [];
  return (
    <section className="card" aria-labelledby="archived-title">
      <h2 id="archived-title">Archived athletes</h2>
      {athletes.data && archived.length === 0 && <p className="muted">No archived athletes.</p>}
      <ul className="inline-list">
        {archived.map((athlete) => (
          <li key={athlete.id}>
            <a href={`#/athletes/${athlete.id}`}>{athlete.name}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
