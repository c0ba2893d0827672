import type { WellnessDay } from '../wellness/wellness-day';
import { addDays, weekdayIndex } from '../dates';
import type { ConditionLookup, DemoEpisode } from './episodes';
import type { FitnessModel } from './fitness';
import type { Random } from './random';
import type { DemoAthleteSpec, DemoLevel } from './roster';

/** Typical morning rMSSD (ms) by level; trained athletes have higher vagal tone. */
const BASELINE_RMSSD: Record<DemoLevel, number> = { beginner: 42, intermediate: 55, advanced: 70, elite: 88 };

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const scale5 = (v: number) => clamp(Math.round(v), 1, 5);

/**
 * Morning readings modelled on ln(rMSSD), the scale HRV guidance uses: a personal baseline, day-to-day
 * noise (SD ≈ 0.07 ln units, i.e. a CV of about 7 %) with some carry-over from the previous day, and
 * dips from illness (≈ −0.3, recovering over a few days), travel (−0.15), life stress (−0.08), a hard
 * previous day and accumulated fatigue (7-day load above the 42-day load). Resting HR mirrors HRV.
 * Subjective scores use 1–5: sleep quality and mood 5 = best; soreness, fatigue and stress 5 = worst.
 * Days without a reading (forgotten, travelling) are left out.
 */
export function generateWellness(
  spec: DemoAthleteSpec,
  days: { first: string; last: string },
  dailyLoad: Map<string, number>,
  episodes: DemoEpisode[],
  conditions: ConditionLookup,
  fitness: FitnessModel,
  random: Random,
): WellnessDay[] {
  const baselineLn = Math.log(
    clamp(BASELINE_RMSSD[spec.level] * (spec.masters ? 0.72 : 1) * random.between(0.8, 1.25), 30, 120),
  );
  const compliance = spec.level === 'beginner' ? 0.75 : random.between(0.85, 0.97);
  const typicalLoad = Math.max(20, (spec.weeklyHours * 55) / 7);
  const sleepNeed = spec.level === 'elite' ? 8.2 : random.between(6.9, 7.7);
  let chronic = typicalLoad;
  let acute = typicalLoad;
  let carry = 0;
  const result: WellnessDay[] = [];

  for (let date = days.first; date <= days.last; date = addDays(date, 1)) {
    const yesterdayLoad = dailyLoad.get(addDays(date, -1)) ?? 0;
    chronic += (yesterdayLoad - chronic) / 42;
    acute += (yesterdayLoad - acute) / 7;
    const c = conditions(date);
    const onsetTomorrow = !c.illness && conditions(addDays(date, 1)).illness;
    carry = 0.4 * carry + random.normal(0, 0.045);

    let dip = 0;
    if (c.illness) dip += 0.3;
    else if (onsetTomorrow) dip += 0.12;
    else if (c.daysAfterIllness !== null) dip += 0.3 * 0.55 ** c.daysAfterIllness;
    if (c.travel) dip += 0.15;
    if (c.lifeStress) dip += 0.08;
    dip += clamp((0.05 * (yesterdayLoad - typicalLoad)) / typicalLoad, -0.03, 0.12);
    dip += 0.15 * Math.max(0, acute / Math.max(1, chronic) - 1.25);

    const logged = random.chance(c.travel ? compliance * 0.6 : compliance);
    if (!logged) continue;
    const lnRmssd = baselineLn - dip + carry + random.normal(0, 0.05);
    const restingBase = fitness.on(date).restingHr;
    const sleepHours =
      sleepNeed + random.normal(0, 0.5) - (c.travel ? 1.2 : 0) - (c.lifeStress ? 0.7 : 0) + (c.illness ? 0.6 : 0);
    const hardYesterday = yesterdayLoad > typicalLoad * 1.6;
    result.push({
      date,
      hrvRmssd: Math.round(clamp(Math.exp(lnRmssd), 10, 200)),
      restingHr: Math.round(restingBase + 12 * (dip - carry) + random.normal(0, 1.2) + (c.illness ? 3 : 0)),
      sleepHours: Math.round(clamp(sleepHours, 3.5, 10.5) * 4) / 4,
      sleepQuality: scale5(3.8 + random.normal(0, 0.6) - (c.travel || c.illness || c.lifeStress ? 1 : 0)),
      soreness: scale5(1.8 + (hardYesterday ? 1.2 : 0) + (c.injuredSport ? 1.5 : 0) + random.normal(0, 0.5)),
      fatigue: scale5(
        2 + 2 * Math.max(0, acute / Math.max(1, chronic) - 1) + (c.illness ? 2 : 0) + random.normal(0, 0.5),
      ),
      mood: scale5(3.9 - (c.lifeStress ? 1.2 : 0) - (c.illness ? 1.2 : 0) + random.normal(0, 0.5)),
      stress: scale5(1.9 + (c.lifeStress ? 2 : 0) + (c.travel ? 0.8 : 0) + random.normal(0, 0.5)),
      weightKg:
        weekdayIndex(date) % 3 === 0 ? Math.round((fitness.on(date).weight + random.normal(0, 0.4)) * 10) / 10 : null,
      note: wellnessNote(episodes, date),
    });
  }
  return result;
}

/** The athlete's own word on the first day of an episode, as they would type it into the app. */
function wellnessNote(episodes: DemoEpisode[], date: string): string | null {
  const starting = episodes.find((e) => e.start === date);
  if (!starting) return null;
  const notes = {
    illness: `Feeling ill: ${starting.title.toLowerCase()}`,
    travel: 'Travelling today',
    injury: `${starting.title}`,
    life_stress: 'Stressful week ahead',
  } as const;
  return notes[starting.kind];
}
