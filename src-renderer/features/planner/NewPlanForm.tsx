import { useState, type FormEvent } from 'react';
import type { AthleteSummary } from '../../../src-main/common/contract';
import { DEFAULT_AVAILABILITY, DEFAULT_LONG_SESSION_DAY } from '../../../src-main/common/domain/planner/defaults';
import { RACE_TYPES, type LoadingPattern, type RaceType } from '../../../src-main/common/domain/planner/types';
import { api } from '../../api/client';
import { navigate } from '../../app/routes';
import { ErrorBanner } from '../../components/ErrorBanner';
import { RACE_TYPE_LABELS, WEEKDAY_LABELS } from './plan-format';

/**
 * The goal and the guardrails; the generator does the rest. Everything optional has the race type's
 * defaults, shown as placeholders so the coach sees what will be used.
 */
export function NewPlanForm({ athletes, initialAthleteId }: { athletes: AthleteSummary[]; initialAthleteId?: number }) {
  const [athleteId, setAthleteId] = useState(initialAthleteId ?? athletes[0]?.id ?? 0);
  const [raceDate, setRaceDate] = useState('');
  const [raceType, setRaceType] = useState<RaceType>('marathon');
  const [raceName, setRaceName] = useState('');
  const [weeks, setWeeks] = useState(18);
  const [pattern, setPattern] = useState<LoadingPattern>('3:1');
  const [maxRamp, setMaxRamp] = useState('');
  const [minHours, setMinHours] = useState('');
  const [maxHours, setMaxHours] = useState('');
  const [minLoad, setMinLoad] = useState('');
  const [maxLoad, setMaxLoad] = useState('');
  const [maxHighShare, setMaxHighShare] = useState('');
  const [longestHours, setLongestHours] = useState('');
  const [backToBack, setBackToBack] = useState(false);
  const [tsbMin, setTsbMin] = useState('');
  const [tsbMax, setTsbMax] = useState('');
  const [targetCtl, setTargetCtl] = useState('');
  const [availability, setAvailability] = useState<number[]>([...DEFAULT_AVAILABILITY]);
  const [longDay, setLongDay] = useState<number>(DEFAULT_LONG_SESSION_DAY);
  const [error, setError] = useState<unknown>();
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setError(undefined);
    try {
      const guardrails = {
        ...(maxRamp ? { maxRampPerWeek: Number(maxRamp) } : {}),
        ...(minHours ? { minWeeklyHours: Number(minHours) } : {}),
        ...(maxHours ? { maxWeeklyHours: Number(maxHours) } : {}),
        ...(minLoad ? { minWeeklyLoad: Number(minLoad) } : {}),
        ...(maxLoad ? { maxWeeklyLoad: Number(maxLoad) } : {}),
        ...(maxHighShare ? { maxHighIntensityShare: Number(maxHighShare) / 100 } : {}),
        ...(longestHours ? { maxSessionSeconds: Math.round(Number(longestHours) * 3600) } : {}),
        ...(backToBack ? { allowBackToBackHardDays: true } : {}),
      };
      const plan = await api.call('plans.create', {
        athleteId,
        raceDate,
        raceType,
        raceName,
        weeks,
        pattern,
        guardrails,
        availability,
        longSessionDay: longDay,
        ...(tsbMin || tsbMax ? { tsbWindow: { min: Number(tsbMin || 5), max: Number(tsbMax || 20) } } : {}),
        ...(targetCtl ? { targetRaceCtl: Number(targetCtl) } : {}),
      });
      navigate({ screen: 'planner', planId: plan.id });
    } catch (failure) {
      setError(failure);
      setSaving(false);
    }
  }

  return (
    <form className="card new-plan" onSubmit={submit} aria-labelledby="new-plan-title">
      <h2 id="new-plan-title">New training block</h2>
      <div className="form-grid">
        <div className="field">
          <label htmlFor="plan-athlete">Athlete</label>
          <select id="plan-athlete" value={athleteId} onChange={(e) => setAthleteId(Number(e.target.value))}>
            {athletes.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="plan-race-type">Goal race</label>
          <select id="plan-race-type" value={raceType} onChange={(e) => setRaceType(e.target.value as RaceType)}>
            {RACE_TYPES.map((t) => (
              <option key={t} value={t}>
                {RACE_TYPE_LABELS[t]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="plan-race-date">Race date</label>
          <input
            id="plan-race-date"
            type="date"
            required
            value={raceDate}
            onChange={(e) => setRaceDate(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="plan-race-name">Race name (optional)</label>
          <input
            id="plan-race-name"
            type="text"
            maxLength={120}
            value={raceName}
            onChange={(e) => setRaceName(e.target.value)}
            placeholder="e.g. Valencia Marathon"
          />
        </div>
        <div className="field">
          <label htmlFor="plan-weeks">Block length (weeks)</label>
          <input
            id="plan-weeks"
            type="number"
            min={8}
            max={30}
            value={weeks}
            onChange={(e) => setWeeks(Number(e.target.value))}
          />
        </div>
        <div className="field">
          <label htmlFor="plan-pattern">Loading pattern</label>
          <select id="plan-pattern" value={pattern} onChange={(e) => setPattern(e.target.value as LoadingPattern)}>
            <option value="3:1">3:1 — three build weeks, one recovery</option>
            <option value="2:1">2:1 — two build weeks, one recovery</option>
            <option value="none">No planned recovery weeks</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="plan-max-ramp">Max CTL ramp (points/week)</label>
          <input
            id="plan-max-ramp"
            type="number"
            min={1}
            max={15}
            step={0.5}
            value={maxRamp}
            onChange={(e) => setMaxRamp(e.target.value)}
            placeholder="default for the race"
          />
        </div>
        <div className="field">
          <label htmlFor="plan-min-hours">Min weekly hours</label>
          <input
            id="plan-min-hours"
            type="number"
            min={0}
            max={40}
            step={0.5}
            value={minHours}
            onChange={(e) => setMinHours(e.target.value)}
            placeholder="default"
          />
        </div>
        <div className="field">
          <label htmlFor="plan-max-hours">Max weekly hours</label>
          <input
            id="plan-max-hours"
            type="number"
            min={1}
            max={40}
            step={0.5}
            value={maxHours}
            onChange={(e) => setMaxHours(e.target.value)}
            placeholder="default"
          />
        </div>
      </div>
      <details className="more-guardrails">
        <summary>More guardrails and race-day targets</summary>
        <div className="form-grid">
          <div className="field">
            <label htmlFor="plan-min-load">Min weekly load (TSS)</label>
            <input
              id="plan-min-load"
              type="number"
              min={0}
              max={3000}
              value={minLoad}
              onChange={(e) => setMinLoad(e.target.value)}
              placeholder="none"
            />
          </div>
          <div className="field">
            <label htmlFor="plan-max-load">Max weekly load (TSS)</label>
            <input
              id="plan-max-load"
              type="number"
              min={50}
              max={3000}
              value={maxLoad}
              onChange={(e) => setMaxLoad(e.target.value)}
              placeholder="none"
            />
          </div>
          <div className="field">
            <label htmlFor="plan-max-high">Max time above threshold (%)</label>
            <input
              id="plan-max-high"
              type="number"
              min={0}
              max={50}
              value={maxHighShare}
              onChange={(e) => setMaxHighShare(e.target.value)}
              placeholder="default for the race"
            />
          </div>
          <div className="field">
            <label htmlFor="plan-longest">Longest session (h)</label>
            <input
              id="plan-longest"
              type="number"
              min={0.5}
              max={12}
              step={0.25}
              value={longestHours}
              onChange={(e) => setLongestHours(e.target.value)}
              placeholder="default for the race"
            />
          </div>
          <div className="field">
            <label htmlFor="plan-tsb-min">Race-day TSB from</label>
            <input
              id="plan-tsb-min"
              type="number"
              min={-30}
              max={40}
              value={tsbMin}
              onChange={(e) => setTsbMin(e.target.value)}
              placeholder="+5"
            />
          </div>
          <div className="field">
            <label htmlFor="plan-tsb-max">Race-day TSB to</label>
            <input
              id="plan-tsb-max"
              type="number"
              min={-30}
              max={40}
              value={tsbMax}
              onChange={(e) => setTsbMax(e.target.value)}
              placeholder="+20"
            />
          </div>
          <div className="field">
            <label htmlFor="plan-target-ctl">Race-day CTL goal (optional)</label>
            <input
              id="plan-target-ctl"
              type="number"
              min={1}
              max={250}
              value={targetCtl}
              onChange={(e) => setTargetCtl(e.target.value)}
              placeholder="as high as the guardrails allow"
            />
          </div>
          <label className="checkbox-row">
            <input type="checkbox" checked={backToBack} onChange={(e) => setBackToBack(e.target.checked)} /> Allow hard
            days back to back
          </label>
        </div>
      </details>
      <fieldset className="availability">
        <legend>Hours available per day (0 = rest day) and long-session day</legend>
        {WEEKDAY_LABELS.map((day, i) => (
          <div key={day} className="field">
            <label htmlFor={`avail-${i}`}>{day}</label>
            <input
              id={`avail-${i}`}
              type="number"
              min={0}
              max={12}
              step={0.25}
              value={availability[i]}
              onChange={(e) => setAvailability(availability.map((h, j) => (j === i ? Number(e.target.value) : h)))}
            />
            <label className="checkbox-row">
              <input type="radio" name="long-day" checked={longDay === i} onChange={() => setLongDay(i)} /> long
            </label>
          </div>
        ))}
      </fieldset>
      {error !== undefined && <ErrorBanner error={error} />}
      <div className="dialog-actions">
        <button type="submit" className="solid" disabled={saving || !raceDate || !athleteId}>
          {saving ? 'Planning…' : 'Create plan'}
        </button>
      </div>
    </form>
  );
}
