import { useState } from 'react';
import { useCall, useCallMutation } from '../../api/use-call';
import { ErrorBanner } from '../../components/ErrorBanner';
import { AthleteSelect } from '../imports/AthleteSelect';

/**
 * Moves an activity recorded on a shared or borrowed device to the athlete who did it; the main
 * process re-decodes the kept original and scores it with that athlete's thresholds.
 */
export function MoveActivity({
  activityId,
  athleteId,
  onMoved,
}: {
  activityId: number;
  athleteId: number;
  onMoved: () => void;
}) {
  const athletes = useCall('athletes.list', {});
  const [target, setTarget] = useState<number>();
  const reassign = useCallMutation('imports.reassignActivity');

  function move() {
    if (target !== undefined) reassign.run({ activityId, athleteId: target }, onMoved);
  }

  return (
    <section aria-labelledby="move-activity-title">
      <h3 id="move-activity-title">Wrong athlete?</h3>
      {reassign.error && <ErrorBanner error={reassign.error} />}
      <div className="toolbar">
        <label htmlFor="move-activity-athlete">Move to</label>
        <AthleteSelect
          id="move-activity-athlete"
          athletes={(athletes.data ?? []).filter((a) => a.id !== athleteId)}
          value={target}
          emptyLabel="Choose an athlete…"
          onChange={setTarget}
        />
        <button type="button" disabled={reassign.pending || target === undefined} onClick={move}>
          {reassign.pending ? 'Moving…' : 'Move activity'}
        </button>
      </div>
    </section>
  );
}
