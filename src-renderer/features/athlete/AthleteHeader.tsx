import { useState } from 'react';
import type { Athlete } from '../../../src-main/common/contract';
import { api } from '../../api/client';
import { DemoBadge } from '../../components/DemoBadge';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatSports } from '../../format/sports';
import { AthleteTimeZone } from './AthleteTimeZone';
import { DeleteAthleteDialog } from './DeleteAthleteDialog';

export function AthleteHeader({ athlete }: { athlete: Athlete }) {
  const [deleting, setDeleting] = useState(false);
  const [archiveError, setArchiveError] = useState<unknown>();

  async function toggleArchived() {
    setArchiveError(undefined);
    try {
      await api.call('athletes.setArchived', { id: athlete.id, archived: !athlete.archived });
    } catch (error) {
      setArchiveError(error);
    }
  }

  return (
    <header>
      <div className="page-header">
        <div>
          <a href="#/roster">← Roster</a>
          <h1>
            {athlete.name} {athlete.isDemo && <DemoBadge />}{' '}
            {athlete.archived && <span className="badge">ARCHIVED</span>}
          </h1>
          <div className="athlete-meta">
            <span>{formatSports(athlete.sports)}</span>
            {athlete.tags.map((tag) => (
              <span key={tag} className="tag">
                {tag}
              </span>
            ))}
            {athlete.birthYear && <span className="muted">born {athlete.birthYear}</span>}
            <AthleteTimeZone key={athlete.timeZone} athlete={athlete} />
          </div>
        </div>
        <div className="toolbar">
          <button type="button" onClick={toggleArchived}>
            {athlete.archived ? 'Unarchive' : 'Archive'}
          </button>
          <button type="button" className="danger" onClick={() => setDeleting(true)}>
            Delete…
          </button>
        </div>
      </div>
      {archiveError !== undefined && <ErrorBanner error={archiveError} />}
      {deleting && <DeleteAthleteDialog athlete={athlete} onClose={() => setDeleting(false)} />}
    </header>
  );
}
