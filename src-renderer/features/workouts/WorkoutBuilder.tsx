import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import type { ThresholdBasis, WorkoutDetail } from '../../../src-main/common/contract';
import {
  WORKOUT_CATEGORIES,
  WORKOUT_SPORTS,
  type WorkoutCategory,
  type WorkoutSport,
} from '../../../src-main/common/domain/workouts/workout-schema';
import { summarizeWorkout } from '../../../src-main/common/domain/workouts/workout-metrics';
import { workoutProfile } from '../../../src-main/common/domain/workouts/workout-profile';
import { ApiCallError } from '../../api/errors';
import { useCallMutation } from '../../api/use-call';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field } from '../../components/Field';
import { StepList } from './StepList';
import { buildWorkout, fieldOfIssue, type FieldErrors, type WorkoutDraft } from './workout-draft';
import { CATEGORY_LABELS, WORKOUT_SPORT_LABELS } from './workout-labels';
import { WorkoutProfileChart } from './WorkoutProfileChart';
import { WorkoutTotals } from './WorkoutTotals';

/** Paths the form shows an input for; any other server error goes to the banner. */
const FORM_FIELD =
  /^(name|description|steps|steps\.\d+\.(count|steps|(steps\.\d+\.)?(duration|note|target\.(type|low|high|level))))$/;

/** A server rejection the form can show beside the input it is about, else undefined (it goes to the banner). */
function fieldErrorOf(error: Error | undefined): FieldErrors | undefined {
  if (!(error instanceof ApiCallError) || !error.field?.startsWith('definition.')) return undefined;
  const field = fieldOfIssue(error.field.slice('definition.'.length).split('.'));
  return field && FORM_FIELD.test(field) ? { [field]: error.message.replace(/^[\w.]+: /, '') } : undefined;
}

/**
 * Edits a workout with its profile and totals recomputed in the renderer on every change (the domain
 * code is pure, so the preview is instant and identical to what the server will store). Saving goes
 * through the server, which validates with the same schema.
 */
export function WorkoutBuilder({
  title,
  initial,
  workoutId,
  basis,
  athletePicker,
  onSaved,
  onCancel,
}: {
  title: string;
  initial: WorkoutDraft;
  /** The coach workout being edited; undefined creates a new one. */
  workoutId?: number;
  basis: ThresholdBasis;
  athletePicker: ReactNode;
  onSaved: (detail: WorkoutDetail) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState(initial);
  const saving = useCallMutation('workouts.save');
  const serverErrors = fieldErrorOf(saving.error);
  const formError = serverErrors ? undefined : saving.error;
  const [triedToSave, setTriedToSave] = useState(false);

  const built = useMemo(() => buildWorkout(draft), [draft]);
  const preview = useMemo(
    () =>
      built.preview && {
        summary: summarizeWorkout(built.preview, basis.thresholds),
        profile: workoutProfile(built.preview, basis.thresholds),
      },
    [built.preview, basis.thresholds],
  );
  // Step errors show as soon as they exist (they explain a gap in the chart); an empty name only after a save attempt.
  const errors: FieldErrors = { ...built.errors, ...serverErrors };
  if (!triedToSave && draft.name.trim() === '') delete errors.name;

  // Editing answers a field's rejection, so it goes; a banner error stays until the next save attempt.
  function change(next: WorkoutDraft) {
    setDraft(next);
    if (serverErrors) saving.reset();
  }

  function save(event: FormEvent) {
    event.preventDefault();
    setTriedToSave(true);
    if (!built.definition) {
      saving.reset();
      return;
    }
    saving.run(
      {
        ...(workoutId !== undefined && { id: workoutId }),
        definition: built.definition,
        ...(basis.athleteId !== null && { athleteId: basis.athleteId }),
      },
      onSaved,
    );
  }

  const headerField = (field: 'name' | 'description') =>
    errors[field] ? { 'aria-invalid': true as const, 'aria-describedby': `wk-${field}-error` } : {};

  return (
    <form className="page workout-builder" onSubmit={save} noValidate aria-labelledby="builder-title">
      <header className="page-header">
        <h1 id="builder-title">{title}</h1>
        <div className="toolbar">
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={saving.pending}>
            {saving.pending ? 'Saving…' : 'Save workout'}
          </button>
        </div>
      </header>

      <section className="card builder-preview" aria-labelledby="builder-preview-title">
        <div className="card-header">
          <h2 id="builder-preview-title">Profile and planned totals</h2>
          {athletePicker}
        </div>
        {preview ? (
          <>
            <WorkoutTotals summary={preview.summary} sport={draft.sport} />
            <WorkoutProfileChart
              profile={preview.profile}
              label={`Profile of ${draft.name.trim() || 'the new workout'}`}
            />
          </>
        ) : (
          <p className="muted">Add a step with a duration and a target to see the profile.</p>
        )}
      </section>

      <section className="card" aria-labelledby="builder-details-title">
        <h2 id="builder-details-title">Details</h2>
        <div className="form-grid">
          <Field id="wk-name" label="Name" error={errors.name}>
            <input
              id="wk-name"
              type="text"
              value={draft.name}
              placeholder="e.g. 5×4 min VO2max"
              onChange={(e) => change({ ...draft, name: e.target.value })}
              {...headerField('name')}
            />
          </Field>
          <Field id="wk-sport" label="Sport">
            <select
              id="wk-sport"
              value={draft.sport}
              onChange={(e) => change({ ...draft, sport: e.target.value as WorkoutSport })}
            >
              {WORKOUT_SPORTS.map((sport) => (
                <option key={sport} value={sport}>
                  {WORKOUT_SPORT_LABELS[sport]}
                </option>
              ))}
            </select>
          </Field>
          <Field id="wk-category" label="Category">
            <select
              id="wk-category"
              value={draft.category}
              onChange={(e) => change({ ...draft, category: e.target.value as WorkoutCategory })}
            >
              {WORKOUT_CATEGORIES.map((category) => (
                <option key={category} value={category}>
                  {CATEGORY_LABELS[category]}
                </option>
              ))}
            </select>
          </Field>
          <Field id="wk-description" label="Description" error={errors.description}>
            <textarea
              id="wk-description"
              rows={2}
              value={draft.description}
              placeholder="What the session is for, how it should feel"
              onChange={(e) => change({ ...draft, description: e.target.value })}
              {...headerField('description')}
            />
          </Field>
        </div>
      </section>

      <section className="card" aria-labelledby="builder-steps-title">
        <h2 id="builder-steps-title">Steps</h2>
        <StepList
          elements={draft.elements}
          sport={draft.sport}
          errors={errors}
          onChange={(elements) => change({ ...draft, elements })}
        />
      </section>

      {triedToSave && !built.definition && (
        <p className="field-error" role="alert">
          Fix the fields marked in red to save.
        </p>
      )}
      {formError && <ErrorBanner error={formError} />}
    </form>
  );
}
