import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { dateInTimeZone, startOfNextDayInTimeZone } from '../../../src-main/common/domain/time-zone';

/**
 * The athlete's "today": the date on their own calendar, in their IANA zone, as the main process reads
 * it for the rules, compliance and the call brief. The coach's computer may be on another day: at 20:00
 * UTC a coach in Berlin is still on the 10th while an athlete in Tokyo is on the 11th, so a note, injury,
 * event or threshold the coach dates "today" for that athlete is the athlete's 11th, and a "last 6 weeks"
 * range ends on it. Every screen about one athlete reads today from here; the architecture test
 * tests/unit/architecture/athlete-today.test.ts keeps the computer's clock out of those screens.
 *
 * The context holds null while the athlete (and so their zone) is still loading, and undefined outside
 * any provider.
 */
const AthleteTodayContext = createContext<string | null | undefined>(undefined);

/** The date in `zone` now, moving on at the zone's next midnight while the page stays open. */
function useTodayInZone(zone: string | undefined): string | null {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    if (zone === undefined) return;
    // A timer that fires early (or a clock set back) leaves today as it was and schedules the rest.
    const timer = setTimeout(() => setNow(Date.now()), Math.max(0, startOfNextDayInTimeZone(zone, now) - Date.now()));
    return () => clearTimeout(timer);
  }, [zone, now]);
  return zone === undefined ? null : dateInTimeZone(zone, now);
}

/** Gives the screens inside it the athlete's today; `timeZone` is undefined until the athlete has loaded. */
export function AthleteTodayProvider({ timeZone, children }: { timeZone: string | undefined; children: ReactNode }) {
  const today = useTodayInZone(timeZone);
  return <AthleteTodayContext.Provider value={today}>{children}</AthleteTodayContext.Provider>;
}

/** The athlete's today ('YYYY-MM-DD'). Only for components mounted once it is known (see WhenAthleteTodayKnown). */
export function useAthleteToday(): string {
  const today = useContext(AthleteTodayContext);
  if (today === undefined)
    throw new Error('useAthleteToday needs an AthleteTodayProvider: which athlete’s today is meant?');
  if (today === null)
    throw new Error('useAthleteToday before the athlete’s time zone is known: mount it inside WhenAthleteTodayKnown');
  return today;
}

/**
 * Renders its children once the athlete's today is known, `fallback` until then: for the parts of the
 * page that mount before the athlete has loaded (lists that need only the id) but date something.
 */
export function WhenAthleteTodayKnown({ children, fallback = null }: { children: ReactNode; fallback?: ReactNode }) {
  const today = useContext(AthleteTodayContext);
  if (today === undefined) throw new Error('WhenAthleteTodayKnown needs an AthleteTodayProvider');
  return <>{today === null ? fallback : children}</>;
}
