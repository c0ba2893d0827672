import { canonicalTimeZone, FALLBACK_TIME_ZONE } from '../common/domain/time-zone';

/**
 * The IANA zone this machine's clock is set to: the coach's, which a new athlete gets until the coach
 * says otherwise. A runtime that reports none (or an offset) falls back to UTC.
 */
export function machineTimeZone(): string {
  const zone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (zone && canonicalTimeZone(zone)) || FALLBACK_TIME_ZONE;
}
