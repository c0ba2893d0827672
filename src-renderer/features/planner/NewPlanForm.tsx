import { useState, type FormEvent } from 'react';
import type { AthleteSummary } from '../../../src-main/common/contract';
import type { NewPlanInput, PlanDefaults } from '../../../src-main/common/contract/plans';
import {
  DEFAULT_AVAILABILITY,
  DEFAULT_LONG_SESSION_DAY,
  DEFAULT_MAX_ACWR,
  DEFAULT_TSB_WINDOW,
} from '../../../src-main/common/domain/planner/defaults';
import { racePriorityLabel } from '../../../src-main/common/domain/events/race-details';
import { RACE_TYPES, type LoadingPattern, type RaceType } from '../../../src-main/common/domain/planner/types';
import { ApiCallError } from '../../api/errors';
import { useCallMutation, useCallWhen } from '../../api/use-call';
import { navigate } from '../../app/routes';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field } from '../../components/Field';
import { RACE_TYPE_LABELS } from './plan-format';
import { formatDay, formatNumber, weekdayNames } from '../../../src-main/common/format';

/** Numbers the coach may leave blank, so the race type's default (or none) applies. */
type OptionalNumberKey =
  | 'maxRampPerWeek'
  | 'minWeeklyHours'
  | 'maxWeeklyHours'
  | 'maxAcwr'
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
  /** The value the plan would use, as the form shows it, from the defaults the server computed. */
  prefill?: (defaults: PlanDefaults) => number | null;
  /** Where the server reports a problem with it; the guardrail of the same name unless said. */
  errorField?: string;
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
    prefill: (d) => d.guardrails.maxRampPerWeek,
  },
  {
    key: 'minWeeklyHours',
    label: 'Min weekly hours',
    unit: 'h',
    min: 0,
    max: 40,
    step: 0.5,
    placeholder: 'default',
    prefill: (d) => d.guardrails.minWeeklyHours,
  },
  {
    key: 'maxWeeklyHours',
    label: 'Max weekly hours',
    unit: 'h',
    min: 1,
    max: 40,
    step: 0.5,
    placeholder: 'default',
    prefill: (d) => d.guardrails.maxWeeklyHours,
  },
  {
    key: 'maxAcwr',
    label: 'Max ACWR',
    unit: '7 d ÷ 28 d load',
    min: 1,
    max: 2,
    step: 0.05,
    placeholder: String(DEFAULT_MAX_ACWR),
    prefill: (d) => d.guardrails.maxAcwr,
  },
];

const MORE_FIELDS: OptionalNumber[] = [
  {
    key: 'minWeeklyLoad',
    label: 'Min weekly load',
    unit: 'TSS',
    min: 0,
    max: 3000,
    placeholder: 'none',
    prefill: (d) => d.guardrails.minWeeklyLoad,
  },
  {
    key: 'maxWeeklyLoad',
    label: 'Max weekly load',
    unit: 'TSS',
    min: 50,
    max: 3000,
    placeholder: 'none',
    prefill: (d) => d.guardrails.maxWeeklyLoad,
  },
  {
    key: 'maxHighIntensityShare',
    label: 'Max time above threshold',
    unit: '%',
    min: 0,
    max: 50,
    placeholder: 'default for the race',
    prefill: (d) => Math.round(d.guardrails.maxHighIntensityShare * 100),
  },
  {
    key: 'maxSessionSeconds',
    label: 'Longest session',
    unit: 'h',
    min: 0.5,
    max: 12,
    step: 0.25,
    placeholder: 'default for the race',
    prefill: (d) => d.guardrails.maxSessionSeconds / 3600,
  },
  {
    key: 'tsbMin',
    label: 'Race-day TSB from',
    min: -30,
    max: 40,
    placeholder: `+${DEFAULT_TSB_WINDOW.min}`,
    errorField: 'tsbWindow.min',
  },
  {
    key: 'tsbMax',
    label: 'Race-day TSB to',
    min: -30,
    max: 40,
    placeholder: `+${DEFAULT_TSB_WINDOW.max}`,
    errorField: 'tsbWindow.max',
  },
  {
    key: 'targetRaceCtl',
    label: 'Race-day CTL goal (optional)',
    min: 1,
    max: 250,
    placeholder: 'as high as the guardrails allow',
    errorField: 'targetRaceCtl',
  },
];

const SPLIT_SPORTS = [
  { key: 'swim', label: 'Swim' },
  { key: 'bike', label: 'Bike' },
  { key: 'run', label: 'Run' },
] as const;
type SplitSport = (typeof SPLIT_SPORTS)[number]['key'];

const TRIATHLONS: readonly RaceType[] = ['70.3', 'ironman'];

const errorFieldOf = (f: OptionalNumber) => f.errorField ?? `guardrails.${f.key}`;

/** Fields the form shows server errors under; an error about anything else goes in a banner. */
const PLACED_FIELDS: ReadonlySet<string> = new Set([
  'raceDate',
  'startDate',
  'weeks',
  'startLoad.load',
  'startLoad.reason',
  ...[...BASIC_FIELDS, ...MORE_FIELDS].map(errorFieldOf),
]);
const unplaced = (error: unknown) =>
  error instanceof ApiCallError && error.field !== undefined && PLACED_FIELDS.has(error.field) ? undefined : error;

/** The server's message for `field` (without the "field: " it starts with), for the form to show under it. */
function errorFor(error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiCallError) || error.field !== field) return undefined;
  return error.message.startsWith(`${field}: `) ? error.message.slice(field.length + 2) : error.message;
}

function FromHistoryTag({ why }: { why: string }) {
  return (
    <span className="badge history-tag" title={`Taken from the athlete's history: ${why}`}>
      from history
    </span>
  );
}

function OptionalNumberField({
  field,
  value,
  onChange,
  error,
  fromHistory,
}: {
  field: OptionalNumber;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  fromHistory: string | undefined;
}) {
  const id = `plan-${field.key}`;
  return (
    <Field
      id={id}
      label={field.label}
      unit={field.unit}
      error={error}
      tag={fromHistory !== undefined && <FromHistoryTag why={fromHistory} />}
    >
      <input
        id={id}
        type="number"
        min={field.min}
        max={field.max}
        step={field.step}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder={field.placeholder}
        aria-invalid={error !== undefined}
      />
    </Field>
  );
}

type DefaultsRequest = { athleteId: number; raceType: RaceType; raceDate: string } & (
  { weeks: number } | { startDate: string }
);

/**
 * The settings createPlan would use for the race and span chosen so far, asked again whenever they change.
 * Each request has its own cached answer, so the form never shows another athlete's.
 */
function usePlanDefaults(request: DefaultsRequest | null): { defaults?: PlanDefaults; error?: unknown } {
  const answer = useCallWhen('plans.defaults', request);
  return { defaults: answer.data, error: answer.error ?? undefined };
}

/** "Week 1 will start near 290 TSS (5.1 h): the last 4 normal weeks; left out: …" */
function startSentence(defaults: PlanDefaults): string {
  const b = defaults.baseline;
  if (!b) return 'No training on record in the last twelve weeks: week 1 follows from the athlete’s CTL alone.';
  const basis =
    b.normalWeeks === 0
      ? 'no recent week was normal, so the last weeks as they were'
      : b.normalWeeks === 1
        ? 'the last normal week'
        : `the last ${b.normalWeeks} normal weeks`;
  const skipped = b.skippedWeeks.length > 0 ? `; left out: ${b.skippedWeeks.join('; ')}` : '';
  return `Week 1 will start near ${formatNumber(b.weekLoad)} TSS (${formatNumber(b.weekHours, 1)} h): ${basis}${skipped}.`;
}

/**
 * The goal and the guardrails; the generator does the rest. Once the race is set the form shows what the
 * plan would use — guardrails (those from the athlete's history marked), where week 1 starts, the other races
 * in the block, a triathlon's split — and sends only what the coach changed, so the rest stays the plan's own.
 */
export function NewPlanForm({ athletes, initialAthleteId }: { athletes: AthleteSummary[]; initialAthleteId?: number }) {
  const [athleteId, setAthleteId] = useState(initialAthleteId ?? athletes[0]?.id ?? 0);
  const [raceDate, setRaceDate] = useState('');
  const [raceType, setRaceType] = useState<RaceType>('marathon');
  const [raceName, setRaceName] = useState('');
  const [spanBy, setSpanBy] = useState<'weeks' | 'dates'>('weeks');
  const [weeksText, setWeeksText] = useState('18');
  const [startDate, setStartDate] = useState('');
  const [pattern, setPattern] = useState<LoadingPattern>('3:1');
  const [typed, setTyped] = useState<Partial<Record<OptionalNumberKey, string>>>({});
  const [backToBack, setBackToBack] = useState(false);
  const [availability, setAvailability] = useState<number[] | null>(null);
  const [longDay, setLongDay] = useState<number | null>(null);
  const [startElsewhere, setStartElsewhere] = useState(false);
  const [startLoad, setStartLoad] = useState('');
  const [startReason, setStartReason] = useState('');
  const [split, setSplit] = useState<Partial<Record<SplitSport, string>>>({});
  const [checks, setChecks] = useState<Record<string, string>>({});
  const create = useCallMutation('plans.create');
  const error = create.error;

  const triathlon = TRIATHLONS.includes(raceType);
  const weeks = Number(weeksText);
  const spanChosen = spanBy === 'weeks' ? Number.isInteger(weeks) && weeks >= 8 && weeks <= 30 : startDate !== '';
  const { defaults, error: defaultsError } = usePlanDefaults(
    raceDate && athleteId && spanChosen
      ? { athleteId, raceType, raceDate, ...(spanBy === 'weeks' ? { weeks } : { startDate }) }
      : null,
  );
  const historyWhy = new Map<string, string>(defaults?.fromHistory.map((h) => [h.key, h.why]));
  const shownAvailability = availability ?? defaults?.availability ?? DEFAULT_AVAILABILITY;
  const shownLongDay = longDay ?? defaults?.longSessionDay ?? DEFAULT_LONG_SESSION_DAY;
  const splitValue = (sport: SplitSport) =>
    split[sport] ?? (defaults?.sportShare ? String(Math.round(defaults.sportShare[sport] * 100)) : '');
  const splitTotal = SPLIT_SPORTS.reduce((sum, s) => sum + (Number(splitValue(s.key)) || 0), 0);

  const valueOf = (field: OptionalNumber) => {
    const entered = typed[field.key];
    if (entered !== undefined) return entered;
    const prefilled = defaults && field.prefill?.(defaults);
    return prefilled === null || prefilled === undefined ? '' : String(Math.round(prefilled * 100) / 100);
  };
  // A field the coach changed is theirs; one they left shows the plan's own value and is not sent.
  const errorOf = (field: string) => checks[field] ?? errorFor(error, field) ?? errorFor(defaultsError, field);

  function localChecks(): Record<string, string> {
    const found: Record<string, string> = {};
    if (startElsewhere) {
      if (startLoad === '' || !(Number(startLoad) >= 0)) found['startLoad.load'] = 'give week 1’s load in TSS';
      if (startReason.trim() === '') found['startLoad.reason'] = 'say why week 1 starts elsewhere';
    }
    if (triathlon && splitTotal !== 100) found.sportShare = `the split adds up to ${splitTotal} %, not 100 %`;
    return found;
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = localChecks();
    setChecks(found);
    if (Object.keys(found).length > 0) return;
    const entered = (key: OptionalNumberKey) => (typed[key] ? Number(typed[key]) : undefined);
    const given = <K extends string>(key: K, value: number | undefined) =>
      value === undefined ? {} : { [key]: value };
    const highPercent = entered('maxHighIntensityShare');
    const longestHours = entered('maxSessionSeconds');
    const guardrails = {
      ...given('maxRampPerWeek', entered('maxRampPerWeek')),
      ...given('minWeeklyHours', entered('minWeeklyHours')),
      ...given('maxWeeklyHours', entered('maxWeeklyHours')),
      ...given('maxAcwr', entered('maxAcwr')),
      ...given('minWeeklyLoad', entered('minWeeklyLoad')),
      ...given('maxWeeklyLoad', entered('maxWeeklyLoad')),
      ...given('maxHighIntensityShare', highPercent === undefined ? undefined : highPercent / 100),
      ...given('maxSessionSeconds', longestHours === undefined ? undefined : Math.round(longestHours * 3600)),
      ...(backToBack ? { allowBackToBackHardDays: true } : {}),
    };
    const tsbMin = entered('tsbMin');
    const tsbMax = entered('tsbMax');
    const request: NewPlanInput = {
      athleteId,
      raceDate,
      raceType,
      raceName,
      ...(spanBy === 'weeks' ? { weeks } : { startDate }),
      pattern,
      guardrails,
      ...(availability ? { availability } : {}),
      ...(longDay !== null ? { longSessionDay: longDay } : {}),
      ...(tsbMin !== undefined || tsbMax !== undefined
        ? { tsbWindow: { min: tsbMin ?? DEFAULT_TSB_WINDOW.min, max: tsbMax ?? DEFAULT_TSB_WINDOW.max } }
        : {}),
      ...given('targetRaceCtl', entered('targetRaceCtl')),
      ...(startElsewhere ? { startLoad: { load: Number(startLoad), reason: startReason } } : {}),
      ...(triathlon && Object.keys(split).length > 0
        ? {
            sportShare: {
              swim: Number(splitValue('swim')) / 100,
              bike: Number(splitValue('bike')) / 100,
              run: Number(splitValue('run')) / 100,
            },
          }
        : {}),
    };
    create.run(request, (plan) => navigate({ screen: 'planner', planId: plan.id }));
  }

  const numberField = (f: OptionalNumber) => (
    <OptionalNumberField
      key={f.key}
      field={f}
      value={valueOf(f)}
      onChange={(v) => setTyped((current) => ({ ...current, [f.key]: v }))}
      error={errorOf(errorFieldOf(f))}
      fromHistory={typed[f.key] === undefined ? historyWhy.get(f.key) : undefined}
    />
  );

  return (
    <form className="card new-plan" onSubmit={submit} aria-labelledby="new-plan-title" noValidate>
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
          <label htmlFor="plan-pattern">Loading pattern</label>
          <select id="plan-pattern" value={pattern} onChange={(e) => setPattern(e.target.value as LoadingPattern)}>
            <option value="3:1">3:1 — three build weeks, one recovery</option>
            <option value="2:1">2:1 — two build weeks, one recovery</option>
            <option value="none">No planned recovery weeks</option>
          </select>
        </div>
      </div>

      <fieldset className="plan-span">
        <legend>The block</legend>
        <div className="reason-presets" role="radiogroup" aria-label="Choose the block by">
          <label className={`chip${spanBy === 'weeks' ? ' selected' : ''}`}>
            <input type="radio" name="plan-span" checked={spanBy === 'weeks'} onChange={() => setSpanBy('weeks')} />{' '}
            Weeks before the race
          </label>
          <label className={`chip${spanBy === 'dates' ? ' selected' : ''}`}>
            <input type="radio" name="plan-span" checked={spanBy === 'dates'} onChange={() => setSpanBy('dates')} />{' '}
            First and last day
          </label>
        </div>
        <div className="form-grid">
          {spanBy === 'dates' && (
            <Field
              id="plan-start-date"
              label="First day"
              hint="May be in the past: the weeks already over will show what was done"
              error={errorOf('startDate')}
            >
              <input
                id="plan-start-date"
                type="date"
                value={startDate}
                onChange={(e) => setStartDate(e.target.value)}
              />
            </Field>
          )}
          <Field
            id="plan-race-date"
            label={spanBy === 'dates' ? 'Last day: race day' : 'Race date'}
            error={errorOf('raceDate')}
          >
            <input
              id="plan-race-date"
              type="date"
              required
              value={raceDate}
              onChange={(e) => setRaceDate(e.target.value)}
            />
          </Field>
          {spanBy === 'weeks' && (
            <Field id="plan-weeks" label="Block length" unit="weeks, 8–30" error={errorOf('weeks')}>
              <input
                id="plan-weeks"
                type="number"
                min={8}
                max={30}
                value={weeksText}
                onChange={(e) => setWeeksText(e.target.value)}
              />
            </Field>
          )}
        </div>
        {!raceDate && (
          <p className="muted plan-span-summary">
            Once the race date is set, the form shows where week 1 starts, the races inside the block and the guardrails
            the athlete’s history suggests.
          </p>
        )}
        {defaults && (
          <p className="muted plan-span-summary">
            Week 1 begins {formatDay(defaults.startDate)}; {defaults.weeks} weeks to race day.
            {defaults.startDate < defaults.today &&
              ' The block is under way: the weeks already over show what was done, the rest is planned from today.'}
          </p>
        )}
      </fieldset>

      {defaults && (
        <section className="plan-start" aria-label="Where week 1 starts">
          <p className="plan-start-sentence">
            {startElsewhere && startLoad !== ''
              ? `Week 1 will start near ${formatNumber(Number(startLoad))} TSS, as you set.`
              : startSentence(defaults)}
          </p>
          <label className="checkbox-row">
            <input type="checkbox" checked={startElsewhere} onChange={(e) => setStartElsewhere(e.target.checked)} />{' '}
            Start week 1 elsewhere
          </label>
          {startElsewhere && (
            <div className="form-grid">
              <Field id="plan-start-load" label="Week 1 load" unit="TSS" error={errorOf('startLoad.load')}>
                <input
                  id="plan-start-load"
                  type="number"
                  min={0}
                  max={3000}
                  value={startLoad}
                  placeholder={defaults.baseline ? String(Math.round(defaults.baseline.weekLoad)) : ''}
                  onChange={(e) => setStartLoad(e.target.value)}
                />
              </Field>
              <Field id="plan-start-reason" label="Why" error={errorOf('startLoad.reason')}>
                <input
                  id="plan-start-reason"
                  type="text"
                  maxLength={300}
                  value={startReason}
                  placeholder="e.g. back from a month off; the last weeks overstate her"
                  onChange={(e) => setStartReason(e.target.value)}
                />
              </Field>
            </div>
          )}
          <h3>Races inside the block</h3>
          {defaults.races.length === 0 ? (
            <p className="muted">
              No other races on {athletes.find((a) => a.id === athleteId)?.name ?? 'the athlete'}’s calendar before race
              day.
            </p>
          ) : (
            <ul className="plan-races">
              {defaults.races.map((r) => (
                <li key={`${r.date} ${r.name}`}>
                  <span className="badge">{racePriorityLabel(r.priority)}</span> <strong>{r.name}</strong>{' '}
                  <span className="muted">
                    {formatDay(r.date)}
                    {r.raceType ? ` · ${RACE_TYPE_LABELS[r.raceType]}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {unplaced(defaultsError) !== undefined && <ErrorBanner error={defaultsError} />}

      <h3>Guardrails</h3>
      <div className="form-grid">{BASIC_FIELDS.map(numberField)}</div>
      {triathlon && (
        <fieldset className="sport-split" aria-describedby="plan-split-note">
          <legend>Swim / bike / run split of training time</legend>
          {SPLIT_SPORTS.map((s) => (
            <Field key={s.key} id={`plan-share-${s.key}`} label={s.label} unit="%">
              <input
                id={`plan-share-${s.key}`}
                type="number"
                min={0}
                max={100}
                value={splitValue(s.key)}
                onChange={(e) => setSplit((current) => ({ ...current, [s.key]: e.target.value }))}
                aria-invalid={errorOf('sportShare') !== undefined}
              />
            </Field>
          ))}
          <span
            id="plan-split-note"
            className={errorOf('sportShare') ? 'field-error' : 'field-hint'}
            role={errorOf('sportShare') ? 'alert' : undefined}
          >
            {errorOf('sportShare') ??
              `Total ${splitTotal} %${Object.keys(split).length === 0 ? ' — from the last 12 weeks when every leg was trained, else the race’s usual split' : ''}`}
          </span>
        </fieldset>
      )}
      <details
        className="more-guardrails"
        open={MORE_FIELDS.some((f) => errorOf(errorFieldOf(f)) !== undefined) || undefined}
      >
        <summary>More guardrails and race-day targets</summary>
        <div className="form-grid">
          {MORE_FIELDS.map(numberField)}
          <label className="checkbox-row">
            <input type="checkbox" checked={backToBack} onChange={(e) => setBackToBack(e.target.checked)} /> Allow hard
            days back to back
          </label>
        </div>
      </details>
      <fieldset className="availability">
        <legend>
          Hours available per day (0 = rest day) and long-session day{' '}
          {availability === null && historyWhy.has('availability') && (
            <FromHistoryTag why={historyWhy.get('availability')!} />
          )}
        </legend>
        {weekdayNames().map((day, i) => (
          <div key={day} className="field">
            <label htmlFor={`avail-${i}`}>{day}</label>
            <input
              id={`avail-${i}`}
              type="number"
              min={0}
              max={12}
              step={0.25}
              value={shownAvailability[i]}
              onChange={(e) => setAvailability(shownAvailability.map((h, j) => (j === i ? Number(e.target.value) : h)))}
            />
            <label className="checkbox-row">
              <input type="radio" name="long-day" checked={shownLongDay === i} onChange={() => setLongDay(i)} /> long
            </label>
          </div>
        ))}
      </fieldset>
      {unplaced(error) !== undefined && <ErrorBanner error={error} />}
      <div className="dialog-actions">
        <button type="submit" className="solid" disabled={create.pending || !raceDate || !athleteId}>
          {create.pending ? 'Planning…' : 'Create plan'}
        </button>
      </div>
    </form>
  );
}
