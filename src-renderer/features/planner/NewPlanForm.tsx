import { useState, type FormEvent } from 'react';
import type { AthleteSummary } from '../../../src-main/common/contract';
import {
  DEFAULT_AVAILABILITY,
  DEFAULT_LONG_SESSION_DAY,
  DEFAULT_TSB_WINDOW,
} from '../../../src-main/common/domain/planner/defaults';
import { RACE_TYPES, type LoadingPattern, type RaceType } from '../../../src-main/common/domain/planner/types';
import { api } from '../../api/client';
import { navigate } from '../../app/routes';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field } from '../../components/Field';
import { RACE_TYPE_LABELS, WEEKDAY_LABELS } from './plan-format';

/** Numbers the coach may leave blank, so the race type's default (or none) applies. */
type OptionalNumberKey =
  | 'maxRampPerWeek'
  | 'minWeeklyHours'
  | 'maxWeeklyHours'
  | 'minWeeklyLoad'
  | 'maxWeeklyLoad'
  | 'maxHighIntensityShare'
  | 'maxSessionSeconds'
  | 'tsbMin'
  | 'tsbMax'
  | 'targetRaceCtl';

interface OptionalNumber {
  key: OptionalNumberKey;
  label: string;
  unit?: string;
  min: number;
  max: number;
  step?: number;
  placeholder: string;
}

const BASIC_FIELDS: OptionalNumber[] = [
  {
    key: 'maxRampPerWeek',
    label: 'Max CTL ramp',
    unit: 'points/week',
    min: 1,
    max: 15,
    step: 0.5,
    placeholder: 'default for the race',
  },
  { key: 'minWeeklyHours', label: 'Min weekly hours', unit: 'h', min: 0, max: 40, step: 0.5, placeholder: 'default' },
  { key: 'maxWeeklyHours', label: 'Max weekly hours', unit: 'h', min: 1, max: 40, step: 0.5, placeholder: 'default' },
];

const MORE_FIELDS: OptionalNumber[] = [
  { key: 'minWeeklyLoad', label: 'Min weekly load', unit: 'TSS', min: 0, max: 3000, placeholder: 'none' },
  { key: 'maxWeeklyLoad', label: 'Max weekly load', unit: 'TSS', min: 50, max: 3000, placeholder: 'none' },
  {
    key: 'maxHighIntensityShare',
    label: 'Max time above threshold',
    unit: '%',
    min: 0,
    max: 50,
    placeholder: 'default for the race',
  },
  {
    key: 'maxSessionSeconds',
    label: 'Longest session',
    unit: 'h',
    min: 0.5,
    max: 12,
    step: 0.25,
    placeholder: 'default for the race',
  },
  { key: 'tsbMin', label: 'Race-day TSB from', min: -30, max: 40, placeholder: `+${DEFAULT_TSB_WINDOW.min}` },
  { key: 'tsbMax', label: 'Race-day TSB to', min: -30, max: 40, placeholder: `+${DEFAULT_TSB_WINDOW.max}` },
  {
    key: 'targetRaceCtl',
    label: 'Race-day CTL goal (optional)',
    min: 1,
    max: 250,
    placeholder: 'as high as the guardrails allow',
  },
];

function OptionalNumberField({
  field,
  value,
  onChange,
}: {
  field: OptionalNumber;
  value: string;
  onChange: (value: string) => void;
}) {
  const id = `plan-${field.key}`;
  return (
    <Field id={id} label={field.label} unit={field.unit}>
      <input
        id={id}
        type="number"
        min={field.min}
        max={field.max}
        step={field.step}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder={field.placeholder}
      />
    </Field>
  );
}

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
  const [typed, setTyped] = useState<Partial<Record<OptionalNumberKey, string>>>({});
  const [backToBack, setBackToBack] = useState(false);
  const [availability, setAvailability] = useState<number[]>([...DEFAULT_AVAILABILITY]);
  const [longDay, setLongDay] = useState<number>(DEFAULT_LONG_SESSION_DAY);
  const [error, setError] = useState<unknown>();
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setError(undefined);
    try {
      const entered = (key: OptionalNumberKey) => (typed[key] ? Number(typed[key]) : undefined);
      const given = <K extends string>(key: K, value: number | undefined) =>
        value === undefined ? {} : { [key]: value };
      const highPercent = entered('maxHighIntensityShare');
      const longestHours = entered('maxSessionSeconds');
      const guardrails = {
        ...given('maxRampPerWeek', entered('maxRampPerWeek')),
        ...given('minWeeklyHours', entered('minWeeklyHours')),
        ...given('maxWeeklyHours', entered('maxWeeklyHours')),
        ...given('minWeeklyLoad', entered('minWeeklyLoad')),
        ...given('maxWeeklyLoad', entered('maxWeeklyLoad')),
        ...given('maxHighIntensityShare', highPercent === undefined ? undefined : highPercent / 100),
        ...given('maxSessionSeconds', longestHours === undefined ? undefined : Math.round(longestHours * 3600)),
        ...(backToBack ? { allowBackToBackHardDays: true } : {}),
      };
      const tsbMin = entered('tsbMin');
      const tsbMax = entered('tsbMax');
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
        ...(tsbMin !== undefined || tsbMax !== undefined
          ? { tsbWindow: { min: tsbMin ?? DEFAULT_TSB_WINDOW.min, max: tsbMax ?? DEFAULT_TSB_WINDOW.max } }
          : {}),
        ...given('targetRaceCtl', entered('targetRaceCtl')),
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
        {BASIC_FIELDS.map((f) => (
          <OptionalNumberField
            key={f.key}
            field={f}
            value={typed[f.key] ?? ''}
            onChange={(v) => setTyped({ ...typed, [f.key]: v })}
          />
        ))}
      </div>
      <details className="more-guardrails">
        <summary>More guardrails and race-day targets</summary>
        <div className="form-grid">
          {MORE_FIELDS.map((f) => (
            <OptionalNumberField
              key={f.key}
              field={f}
              value={typed[f.key] ?? ''}
              onChange={(v) => setTyped({ ...typed, [f.key]: v })}
            />
          ))}
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
