/**
 * Form (TSB) zones for colouring the roster, TrainingPeaks style: Joe Friel's five TSB zones for reading
 * the PMC ("Managing Training Using TSB", joefrieltraining.com/managing-training-using-tsb) —
 * transition > +25, fresh +5 to +25, grey zone −10 to +5, optimal training −30 to −10, high risk < −30.
 *
 * The published ranges share their inner end points; here +5 and −10 belong to the grey zone, while
 * +25 is fresh and −30 optimal, exactly as "> +25" and "< −30" read.
 */
export type FormZoneId = 'transition' | 'fresh' | 'grey' | 'optimal' | 'high-risk';

export interface FormZone {
  id: FormZoneId;
  label: string;
  /** What the zone means for the athlete, for a tooltip. */
  meaning: string;
  /**
   * The zone holds TSB above `lowerBound` (or equal to it when `includesLowerBound`), up to the next zone;
   * null for the open-ended lowest zone (null rather than −Infinity keeps the table JSON-safe).
   */
  lowerBound: number | null;
  includesLowerBound: boolean;
}

/** Ordered from the freshest zone down; `formZoneOf` takes the first one the TSB reaches. */
export const FORM_ZONES: readonly FormZone[] = [
  {
    id: 'transition',
    label: 'Transition',
    meaning: 'Very fresh: fitness is being lost, as in a break between seasons',
    lowerBound: 25,
    includesLowerBound: false,
  },
  { id: 'fresh', label: 'Fresh', meaning: 'Rested and ready to race', lowerBound: 5, includesLowerBound: false },
  {
    id: 'grey',
    label: 'Grey zone',
    meaning: 'Neither resting nor building: little training effect',
    lowerBound: -10,
    includesLowerBound: true,
  },
  {
    id: 'optimal',
    label: 'Optimal training',
    meaning: 'Productive training load: fitness is building',
    lowerBound: -30,
    includesLowerBound: true,
  },
  {
    id: 'high-risk',
    label: 'High risk',
    meaning: 'Fatigue is high: risk of overreaching, illness or injury',
    lowerBound: null,
    includesLowerBound: true,
  },
];

export function formZoneOf(tsb: number): FormZone {
  if (!Number.isFinite(tsb)) throw new RangeError(`form must be a finite number, got ${tsb}`);
  return FORM_ZONES.find(
    (z) => z.lowerBound === null || tsb > z.lowerBound || (z.includesLowerBound && tsb === z.lowerBound),
  )!;
}
