import { useState, type FormEvent } from 'react';
import type { Athlete } from '../../../src-main/common/contract';
import { formatUtcOffset } from '../../../src-main/common/format';
import { timeZoneOffsetMinutes, wallClockToInstant } from '../../../src-main/common/domain/time-zone';
import { useCallMutation } from '../../api/use-call';
import { ErrorBanner } from '../../components/ErrorBanner';
import { TimeZoneInput } from '../../components/TimeZoneInput';
import { useAthleteToday } from './athlete-today';

/**
 * The athlete's IANA time zone, and a small form to change it: their today and the day of every
 * activity whose file states no local time follow it, so those activities move with a new zone.
 */
export function AthleteTimeZone({ athlete }: { athlete: Athlete }) {
  const [editing, setEditing] = useState(false);
  const [zone, setZone] = useState(athlete.timeZone);
  const update = useCallMutation('athletes.update');
  // The offset at noon of the athlete's today: clocks switch for daylight saving in the night, so that
  // is the offset of the athlete's waking day, and it follows the page past their midnight.
  const today = useAthleteToday();
  const noon = wallClockToInstant(athlete.timeZone, Date.parse(`${today}T12:00:00Z`));

  function save(event: FormEvent) {
    event.preventDefault();
    update.run({ id: athlete.id, patch: { timeZone: zone } }, () => setEditing(false));
  }

  if (!editing) {
    return (
      <span className="athlete-time-zone">
        <span className="muted">Time zone</span> {athlete.timeZone} (
        {formatUtcOffset(timeZoneOffsetMinutes(athlete.timeZone, noon))} now){' '}
        <button
          type="button"
          className="link"
          onClick={() => {
            setZone(athlete.timeZone);
            setEditing(true);
          }}
        >
          Change
        </button>
      </span>
    );
  }
  return (
    <form className="athlete-time-zone" onSubmit={save} aria-label="Athlete time zone">
      <label htmlFor="athlete-time-zone-input" className="muted">
        Time zone
      </label>{' '}
      <TimeZoneInput id="athlete-time-zone-input" value={zone} autoFocus onChange={(e) => setZone(e.target.value)} />{' '}
      <button type="submit" className="primary" disabled={update.pending}>
        {update.pending ? 'Saving…' : 'Save'}
      </button>{' '}
      <button type="button" onClick={() => setEditing(false)}>
        Cancel
      </button>
      {update.error && <ErrorBanner error={update.error} />}
    </form>
  );
}
