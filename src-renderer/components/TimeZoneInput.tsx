import type { InputHTMLAttributes } from 'react';

/** Every IANA zone the runtime knows, offered as suggestions; the server checks what is typed. */
const ZONES = Intl.supportedValuesOf('timeZone');
const LIST_ID = 'iana-time-zones';

/** The coach's own zone: what a new athlete gets unless the coach picks another. */
export function coachTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** A text input for an IANA time zone ("Europe/Berlin") with the known zones as suggestions. */
export function TimeZoneInput(props: Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'list'>) {
  return (
    <>
      <input {...props} type="text" list={LIST_ID} autoComplete="off" spellCheck={false} />
      <datalist id={LIST_ID}>
        {ZONES.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
    </>
  );
}
