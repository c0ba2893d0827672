export interface KeyNumber {
  label: string;
  unit: string;
  now: number | null;
  atLastCall: number | null;
  /** How to read a rise: 'up-good' (CTL), 'up-bad' (resting HR), 'neutral'. */
  direction: 'up-good' | 'up-bad' | 'neutral';
}

/**
 * Decimals a key number is shown with, then and now and its change alike, in the call brief screen and
 * its PDF: whole counts stay whole, small ratios (ACWR, ln rMSSD) keep two decimals, the rest one.
 */
export function keyNumberDigits(k: Pick<KeyNumber, 'now' | 'atLastCall'>): number {
  const shown = [k.now, k.atLastCall].filter((v): v is number => v !== null);
  if (shown.every(Number.isInteger)) return 0;
  return shown.every((v) => Math.abs(v) < 10) ? 2 : 1;
}
