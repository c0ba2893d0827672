/** One day of an athlete's wellness record: morning readings and how they feel; null where nothing was logged. */
export interface WellnessDay {
  date: string;
  hrvRmssd: number | null;
  restingHr: number | null;
  sleepHours: number | null;
  sleepQuality: number | null;
  soreness: number | null;
  fatigue: number | null;
  mood: number | null;
  stress: number | null;
  weightKg: number | null;
  note: string | null;
}
