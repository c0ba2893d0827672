import { useRef, useState } from 'react';
import { useCall } from '../../api/use-call';
import { useAppContext } from '../../app/app-context';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { WelcomePanel } from '../welcome/WelcomePanel';
import { AddAthleteForm } from './AddAthleteForm';
import { ArchivedAthletes } from './ArchivedAthletes';
import { ColumnChooser } from './ColumnChooser';
import { PmcConventionNote } from './PmcConventionNote';
import { RosterFilterBar } from './RosterFilterBar';
import { RosterTable } from './RosterTable';
import { RosterViews } from './RosterViews';
import { useColumnLayout, useSavedViews } from './roster-preferences';
import { matchesFilters, NO_FILTERS, type RosterFilters } from './roster-status';
import './roster.css';

export function RosterPage() {
  const { info } = useAppContext();
  const [filters, setFilters] = useState<RosterFilters>(NO_FILTERS);
  const [adding, setAdding] = useState(false);
  const [showArchived, setShowArchived] = useState(false);
  const roster = useCall('analytics.roster', {});
  const layout = useColumnLayout();
  const savedViews = useSavedViews();
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

  const rows = roster.data ?? [];
  const shown = rows.filter((row) => matchesFilters(row, filters)).length;
  return (
    <div className="page roster-page">
      <header className="page-header">
        <h1>
          Roster{' '}
          {roster.data && (
            <span className="heading-count">
              {shown === rows.length ? `${rows.length} athletes` : `${shown} of ${rows.length} athletes`}
            </span>
          )}
        </h1>
        <button type="button" className="primary" onClick={() => setAdding(true)} disabled={adding}>
          Add athlete
        </button>
      </header>
      {adding && <AddAthleteForm onCancel={() => setAdding(false)} />}
      <RosterViews filters={filters} onApply={setFilters} saved={savedViews} />
      <div className="toolbar roster-toolbar">
        <RosterFilterBar
          rows={rows}
          filters={filters}
          onChange={setFilters}
          onSearchArrowDown={() => tableRef.current?.focus()}
        />
        <ColumnChooser layout={layout} />
        <label>
          <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} /> Show
          archived
        </label>
      </div>
      {roster.error && <ErrorBanner error={roster.error} onRetry={roster.refetch} />}
      {roster.isPending && <Loading what="roster" />}
      {roster.data && <RosterTable rows={roster.data} filters={filters} layout={layout} ref={tableRef} />}
      {roster.data && <PmcConventionNote rows={roster.data} />}
      {showArchived && <ArchivedAthletes />}
    </div>
  );
}
