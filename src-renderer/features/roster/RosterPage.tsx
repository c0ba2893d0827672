import { useRef, useState } from 'react';
import { useQuery } from '../../api/use-query';
import { ROSTER_SEARCH_ID } from '../../app/actions';
import { useAppContext } from '../../app/app-context';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { WelcomePanel } from '../welcome/WelcomePanel';
import { AddAthleteForm } from './AddAthleteForm';
import { RosterTable } from './RosterTable';

export function RosterPage() {
  const { info } = useAppContext();
  const [includeArchived, setIncludeArchived] = useState(false);
  const [search, setSearch] = useState('');
  const [adding, setAdding] = useState(false);
  const athletes = useQuery('athletes.list', { includeArchived });
  const tableRef = useRef<HTMLDivElement>(null);

  if (info.athleteCount === 0) {
    return (
      <div className="page">
        {adding ? (
          <AddAthleteForm onCancel={() => setAdding(false)} />
        ) : (
          <WelcomePanel onAddAthlete={() => setAdding(true)} />
        )}
      </div>
    );
  }

  return (
    <div className="page">
      <header className="page-header">
        <h1>Roster {athletes.data && <span className="heading-count">{athletes.data.length} athletes</span>}</h1>
        <button type="button" className="primary" onClick={() => setAdding(true)} disabled={adding}>
          Add athlete
        </button>
      </header>
      {adding && <AddAthleteForm onCancel={() => setAdding(false)} />}
      <div className="toolbar">
        <input
          id={ROSTER_SEARCH_ID}
          className="search-input"
          type="search"
          placeholder="Search name, sport or tag  ( / )"
          aria-label="Search athletes"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onKeyDown={(e) => {
            // Down arrow hands over to the table, so search → pick → Enter needs no mouse.
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              tableRef.current?.focus();
            }
          }}
        />
        <label>
          <input type="checkbox" checked={includeArchived} onChange={(e) => setIncludeArchived(e.target.checked)} />{' '}
          Show archived
        </label>
      </div>
      {athletes.error && <ErrorBanner error={athletes.error} onRetry={athletes.reload} />}
      {athletes.loading && <Loading what="athletes" />}
      {athletes.data && <RosterTable athletes={athletes.data} search={search} ref={tableRef} />}
    </div>
  );
}
