import { useState } from 'react';
import type { ActivitySummary } from '../../../src-main/common/contract';
import {
  describeActivityWarning,
  localStartIn,
  startIsCoachSettable,
} from '../../../src-main/common/domain/activity-warnings';
import { fieldError } from '../../api/errors';
import { useCall, useCallMutation } from '../../api/use-call';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field } from '../../components/Field';

/**
 * What the coach should know about how this activity's record was obtained ("Date unknown — device clock
 * was not set", "Recovered: 19 bytes unreadable"). An activity its device could not date gets a control
 * for its real start, in the athlete's zone; the load and PMC then count it on that day.
 */
export function ActivityWarnings({ activity }: { activity: ActivitySummary }) {
  const athlete = useCall('athletes.get', { id: activity.athleteId });
  const timeZone = athlete.data?.timeZone;
  if (activity.warnings.length === 0 || timeZone === undefined) return null;
  return (
    <section aria-labelledby="activity-warnings-title">
      <h3 id="activity-warnings-title">About this record</h3>
      <ul className="banner activity-warnings">
        {activity.warnings.map((warning) => (
          <li key={warning.kind}>{describeActivityWarning(warning, timeZone)}</li>
        ))}
      </ul>
      {startIsCoachSettable(activity.warnings) && (
        <ActivityStartForm
          key={activity.startTime}
          activityId={activity.id}
          // Once the coach set it, the control shows that start; an undated one starts empty, not at 1990.
          initial={
            activity.warnings.some((w) => w.kind === 'date-unknown') ? '' : localStartIn(activity.startTime, timeZone)
          }
          timeZone={timeZone}
        />
      )}
    </section>
  );
}

/** Once saved, the activity is refetched (its change is announced) and the form is keyed anew on its start. */
function ActivityStartForm({
  activityId,
  initial,
  timeZone,
}: {
  activityId: number;
  initial: string;
  timeZone: string;
}) {
  const [localStart, setLocalStart] = useState(initial);
  const setStart = useCallMutation('activities.setStart');
  const error = setStart.error;
  const startError = fieldError(error, 'localStart');

  return (
    <form
      className="toolbar"
      onSubmit={(event) => {
        event.preventDefault();
        setStart.run({ id: activityId, localStart });
      }}
    >
      {error && startError === undefined && <ErrorBanner error={error} />}
      <Field
        id="activity-start"
        label="Real start"
        unit={timeZone}
        hint="When the athlete did it; the load and PMC move to that day"
        {...(startError !== undefined && { error: startError })}
      >
        <input
          id="activity-start"
          type="datetime-local"
          required
          value={localStart}
          onChange={(e) => setLocalStart(e.target.value)}
        />
      </Field>
      <button type="submit" disabled={setStart.pending || localStart === '' || localStart === initial}>
        {setStart.pending ? 'Setting…' : 'Set date'}
      </button>
    </form>
  );
}
