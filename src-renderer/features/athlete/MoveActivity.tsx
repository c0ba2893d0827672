import { useState } from 'react';
import { api } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { ErrorBanner } from '../../components/ErrorBanner';
import { AthleteSelect } from '../imports/AthleteSelect';

/**
 * Moves an activity recorded on a shared or borrowed device to the athlete who did it; the main
 * process re-decodes the kept original and scores it with that athlete's thresholds.
 */
export function MoveActivity({ activityId, athleteId, onMoved }: { activityId: number; athleteId: number; onMoved: () => void }) {
  const athletes = useQuery('athletes.list', {});
  const [target, setTarget] = useState<number>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  async function move() {
    if (target === undefined) return;
    setBusy(true);
    setError(undefined);
    try {
      await api.call('imports.reassignActivity', { activityId, athleteId: target });
      onMoved();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="move-activity-title">
      <h3 id="move-activity-title">Wrong athlete?</h3>
      {error !== undefined && <ErrorBanner error={error} />}
      <div className="toolbar">
        <label htmlFor="move-activity-athlete">Move to</label>
        <AthleteSelect
          id="move-activity-athlete"
          athletes={(athletes.data ?? []).filter((a) => a.id !== athleteId)}
          value={target}
          emptyLabel="Choose an athlete…"
          onChange={setTarget}
        />
        <button type="button" disabled={busy || target === undefined} onClick={move}>
          {busy ? 'Moving…' : 'Move activity'}
        </button>
      </div>
    </section>
  );
}
