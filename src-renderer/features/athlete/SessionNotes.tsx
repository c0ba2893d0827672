import { useState } from 'react';
import type { ActivitySummary } from '../../../src-main/common/contract';
import { useCallMutation } from '../../api/use-call';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field } from '../../components/Field';

const RPE_SCALE = [
  '0 rest',
  '1 very easy',
  '2 easy',
  '3 moderate',
  '4 somewhat hard',
  '5 hard',
  '6',
  '7 very hard',
  '8',
  '9',
  '10 maximal',
];

/**
 * How the session felt (Borg CR-10 session RPE) and what the athlete said about it. Without sensor data
 * the load is estimated from the RPE, and the anomaly rules read the notes for pain or illness.
 */
export function SessionNotes({ activity }: { activity: ActivitySummary }) {
  const [rpe, setRpe] = useState(activity.rpe === null ? '' : String(activity.rpe));
  const [notes, setNotes] = useState(activity.notes);
  const annotate = useCallMutation('activities.annotate');
  const changed = notes !== activity.notes || rpe !== (activity.rpe === null ? '' : String(activity.rpe));

  // Once saved, the activity is refetched (its change is announced) and this form is keyed anew on it.
  const save = () => annotate.run({ id: activity.id, rpe: rpe === '' ? null : Number(rpe), notes });

  return (
    <section aria-labelledby="session-notes-title">
      <h3 id="session-notes-title">How it went</h3>
      {annotate.error && <ErrorBanner error={annotate.error} />}
      <div className="session-notes">
        <Field
          id="session-rpe"
          label="Session RPE"
          unit="CR-10"
          hint="Estimates the load when the file has no power, pace or heart rate"
        >
          <select id="session-rpe" value={rpe} onChange={(e) => setRpe(e.target.value)}>
            <option value="">not given</option>
            {RPE_SCALE.map((label, value) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </Field>
        <Field
          id="session-notes"
          label="Notes"
          hint="Pain, illness or medication mentioned here is flagged in the inbox"
        >
          <textarea id="session-notes" rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />
        </Field>
        <button type="button" disabled={annotate.pending || !changed} onClick={save}>
          {annotate.pending ? 'Saving…' : 'Save'}
        </button>
      </div>
    </section>
  );
}
