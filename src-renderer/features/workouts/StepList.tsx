import type { StepIntent, WorkoutSport } from '../../../src-main/common/domain/workouts/workout-schema';
import { Field } from '../../components/Field';
import { StepFields } from './StepFields';
import {
  newRepeat,
  newStep,
  type ElementDraft,
  type FieldErrors,
  type RepeatDraft,
  type StepDraft,
} from './workout-draft';
import { INTENT_LABELS } from './workout-labels';

function moved<T>(items: T[], index: number, by: -1 | 1): T[] {
  const next = [...items];
  const [item] = next.splice(index, 1);
  next.splice(index + by, 0, item!);
  return next;
}

/** Up, down and remove for one item; names say which item, so a screen reader hears more than "Up". */
function ItemActions({
  name,
  index,
  count,
  onMove,
  onRemove,
}: {
  name: string;
  index: number;
  count: number;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  return (
    <div className="item-actions">
      <button
        type="button"
        aria-label={`Move ${name} up`}
        title="Move up"
        disabled={index === 0}
        onClick={() => onMove(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        aria-label={`Move ${name} down`}
        title="Move down"
        disabled={index === count - 1}
        onClick={() => onMove(1)}
      >
        ↓
      </button>
      <button type="button" aria-label={`Remove ${name}`} title="Remove" onClick={onRemove}>
        ✕
      </button>
    </div>
  );
}

const ADDABLE_INTENTS: StepIntent[] = ['warmup', 'work', 'recovery', 'rest', 'cooldown'];

function RepeatBlockEditor({
  block,
  index,
  sport,
  errors,
  onChange,
}: {
  block: RepeatDraft;
  index: number;
  sport: WorkoutSport;
  errors: FieldErrors;
  onChange: (block: RepeatDraft) => void;
}) {
  const path = `steps.${index}`;
  const countId = `wk-steps-${index}-count`;
  const setSteps = (steps: StepDraft[]) => onChange({ ...block, steps });
  return (
    <>
      <Field id={countId} label="Repeat" unit="times" error={errors[`${path}.count`]}>
        <input
          id={countId}
          className="percent-input"
          type="text"
          inputMode="numeric"
          value={block.count}
          onChange={(e) => onChange({ ...block, count: e.target.value })}
          {...(errors[`${path}.count`] && { 'aria-invalid': true, 'aria-describedby': `${countId}-error` })}
        />
      </Field>
      {errors[`${path}.steps`] && (
        <p className="field-error" role="alert">
          {errors[`${path}.steps`]}
        </p>
      )}
      <ol className="repeat-steps">
        {block.steps.map((step, j) => {
          const name = `block ${index + 1} step ${j + 1}`;
          return (
            <li key={step.uid}>
              <fieldset className="step" aria-label={`Block ${index + 1}, step ${j + 1}`}>
                <StepFields
                  step={step}
                  path={`${path}.steps.${j}`}
                  sport={sport}
                  errors={errors}
                  onChange={(changed) => setSteps(block.steps.map((s, k) => (k === j ? changed : s)))}
                />
                <ItemActions
                  name={name}
                  index={j}
                  count={block.steps.length}
                  onMove={(by) => setSteps(moved(block.steps, j, by))}
                  onRemove={() => setSteps(block.steps.filter((_, k) => k !== j))}
                />
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className="toolbar add-buttons">
        <span className="muted">Add to block:</span>
        {(['work', 'recovery', 'rest'] as const).map((intent) => (
          <button key={intent} type="button" onClick={() => setSteps([...block.steps, newStep(sport, intent)])}>
            + {INTENT_LABELS[intent]}
          </button>
        ))}
      </div>
    </>
  );
}

/** The workout's steps and repeat blocks in order, each editable, movable and removable. */
export function StepList({
  elements,
  sport,
  errors,
  onChange,
}: {
  elements: ElementDraft[];
  sport: WorkoutSport;
  errors: FieldErrors;
  onChange: (elements: ElementDraft[]) => void;
}) {
  const replace = (index: number, element: ElementDraft) =>
    onChange(elements.map((e, i) => (i === index ? element : e)));
  return (
    <>
      {errors.steps && (
        <p className="field-error" role="alert">
          {errors.steps}
        </p>
      )}
      <ol className="step-list">
        {elements.map((element, i) => {
          const name = element.kind === 'repeat' ? `Repeat block ${i + 1}` : `Step ${i + 1}`;
          return (
            <li key={element.uid} className={element.kind === 'repeat' ? 'repeat-block' : undefined}>
              <fieldset className="step" aria-label={name}>
                <legend>{name}</legend>
                <div className="step-body">
                  {element.kind === 'step' ? (
                    <StepFields
                      step={element}
                      path={`steps.${i}`}
                      sport={sport}
                      errors={errors}
                      onChange={(s) => replace(i, s)}
                    />
                  ) : (
                    <RepeatBlockEditor
                      block={element}
                      index={i}
                      sport={sport}
                      errors={errors}
                      onChange={(b) => replace(i, b)}
                    />
                  )}
                </div>
                <ItemActions
                  name={name.toLowerCase()}
                  index={i}
                  count={elements.length}
                  onMove={(by) => onChange(moved(elements, i, by))}
                  onRemove={() => onChange(elements.filter((_, k) => k !== i))}
                />
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className="toolbar add-buttons">
        <span className="muted">Add:</span>
        {ADDABLE_INTENTS.map((intent) => (
          <button key={intent} type="button" onClick={() => onChange([...elements, newStep(sport, intent)])}>
            + {INTENT_LABELS[intent]}
          </button>
        ))}
        <button type="button" onClick={() => onChange([...elements, newRepeat(sport)])}>
          + Repeat block
        </button>
      </div>
    </>
  );
}
