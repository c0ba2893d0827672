import { useState } from 'react';
import type { Athlete } from '../../../src-main/common/contract';
import { useCallMutation } from '../../api/use-call';
import { DemoBadge } from '../../components/DemoBadge';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatSports } from '../../format/sports';
import { AthleteTimeZone } from './AthleteTimeZone';
import { DeleteAthleteDialog } from './DeleteAthleteDialog';

export function AthleteHeader({ athlete }: { athlete: Athlete }) {
  const [deleting, setDeleting] = useState(false);
  const archive = useCallMutation('athletes.setArchived');

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
          <button
            type="button"
            disabled={archive.pending}
            onClick={() => archive.run({ id: athlete.id, archived: !athlete.archived })}
          >
            {athlete.archived ? 'Unarchive' : 'Archive'}
          </button>
          <button type="button" className="danger" onClick={() => setDeleting(true)}>
            Delete…
          </button>
        </div>
      </div>
      {archive.error && <ErrorBanner error={archive.error} />}
      {deleting && <DeleteAthleteDialog athlete={athlete} onClose={() => setDeleting(false)} />}
    </header>
  );
}
