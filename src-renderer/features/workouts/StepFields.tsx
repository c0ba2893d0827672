import {
  STEP_INTENTS,
  type StepDuration,
  type WorkoutSport,
} from '../../../src-main/common/domain/workouts/workout-schema';
import { TARGETS_BY_SPORT } from '../../../src-main/common/contract';
import { Field } from '../../components/Field';
import { isPercentTarget, levelChoices, withTargetType, type FieldErrors, type StepDraft } from './workout-draft';
import { DURATION_LABELS, INTENT_LABELS, TARGET_LABELS } from './workout-labels';

const DURATION_TYPES: StepDuration['type'][] = ['time', 'distance', 'lapButton'];

function durationLabel(type: StepDuration['type']): { label: string; unit: string; placeholder: string } {
  if (type === 'distance') return { label: 'Distance', unit: 'm', placeholder: 'e.g. 400 or 1.5 km' };
  if (type === 'lapButton') return { label: 'Estimated time', unit: 'min:s', placeholder: 'e.g. 5:00' };
  return { label: 'Duration', unit: 'min:s', placeholder: 'e.g. 4:00' };
}

/** The inputs of one step; `path` is its contract path ("steps.2" or "steps.1.steps.0") for ids and errors. */
export function StepFields({
  step,
  path,
  sport,
  errors,
  onChange,
}: {
  step: StepDraft;
  path: string;
  sport: WorkoutSport;
  errors: FieldErrors;
  onChange: (step: StepDraft) => void;
}) {
  const id = (field: string) => `wk-${path.replaceAll('.', '-')}-${field}`;
  const errorOf = (field: string) => errors[`${path}.${field}`];
  const invalid = (field: string) =>
    errorOf(field)
      ? { 'aria-invalid': true as const, 'aria-describedby': `${id(field.replaceAll('.', '-'))}-error` }
      : {};
  const duration = durationLabel(step.durationType);
  // A target the sport does not allow stays listed while selected, so the error beside it makes sense.
  const targetTypes = TARGETS_BY_SPORT[sport].includes(step.targetType)
    ? TARGETS_BY_SPORT[sport]
    : [step.targetType, ...TARGETS_BY_SPORT[sport]];
  const levels = levelChoices(step.targetType);

  return (
    <div className="step-fields">
      <Field id={id('intent')} label="Intent">
        <select
          id={id('intent')}
          className="intent-select"
          value={step.intent}
          onChange={(e) => onChange({ ...step, intent: e.target.value as StepDraft['intent'] })}
        >
          {STEP_INTENTS.map((intent) => (
            <option key={intent} value={intent}>
              {INTENT_LABELS[intent]}
            </option>
          ))}
        </select>
      </Field>
      <Field id={id('duration-type')} label="Ends by">
        <select
          id={id('duration-type')}
          className="ends-by-select"
          value={step.durationType}
          onChange={(e) => onChange({ ...step, durationType: e.target.value as StepDraft['durationType'] })}
        >
          {DURATION_TYPES.map((type) => (
            <option key={type} value={type}>
              {DURATION_LABELS[type]}
            </option>
          ))}
        </select>
      </Field>
      <Field id={id('duration')} label={duration.label} unit={duration.unit} error={errorOf('duration')}>
        <input
          id={id('duration')}
          className="short-input"
          type="text"
          inputMode={step.durationType === 'distance' ? 'decimal' : 'text'}
          placeholder={duration.placeholder}
          value={step.duration}
          onChange={(e) => onChange({ ...step, duration: e.target.value })}
          {...invalid('duration')}
        />
      </Field>
      <Field id={id('target-type')} label="Target" error={errorOf('target.type')}>
        <select
          id={id('target-type')}
          className="target-select"
          value={step.targetType}
          onChange={(e) => onChange(withTargetType(step, e.target.value as StepDraft['targetType']))}
          {...invalid('target.type')}
        >
          {targetTypes.map((type) => (
            <option key={type} value={type}>
              {TARGET_LABELS[type]}
            </option>
          ))}
        </select>
      </Field>
      {isPercentTarget(step.targetType) && (
        <>
          <Field id={id('target-low')} label="From" unit="%" error={errorOf('target.low')}>
            <input
              id={id('target-low')}
              className="percent-input"
              type="text"
              inputMode="decimal"
              value={step.low}
              onChange={(e) => onChange({ ...step, low: e.target.value })}
              {...invalid('target.low')}
            />
          </Field>
          <Field id={id('target-high')} label="To" unit="%" error={errorOf('target.high')}>
            <input
              id={id('target-high')}
              className="percent-input"
              type="text"
              inputMode="decimal"
              value={step.high}
              onChange={(e) => onChange({ ...step, high: e.target.value })}
              {...invalid('target.high')}
            />
          </Field>
        </>
      )}
      {levels.length > 0 && (
        <Field
          id={id('target-level')}
          label={step.targetType === 'rpe' ? 'RPE' : 'Zone'}
          error={errorOf('target.level')}
        >
          <select
            id={id('target-level')}
            value={step.level}
            onChange={(e) => onChange({ ...step, level: e.target.value })}
            {...invalid('target.level')}
          >
            {levels.map((level) => (
              <option key={level} value={level}>
                {step.targetType === 'rpe' ? `${level} / 10` : `Z${level}`}
              </option>
            ))}
          </select>
        </Field>
      )}
      <Field id={id('note')} label="Note" error={errorOf('note')}>
        <input
          id={id('note')}
          className="note-input"
          type="text"
          placeholder="e.g. high cadence"
          value={step.note}
          onChange={(e) => onChange({ ...step, note: e.target.value })}
          {...invalid('note')}
        />
      </Field>
    </div>
  );
}
