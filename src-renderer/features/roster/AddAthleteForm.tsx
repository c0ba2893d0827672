import { useState, type FormEvent } from 'react';
import { FormActions } from '../../components/FormActions';
import { SPORTS } from '../../../src-main/common/domain/sports';
import { THRESHOLD_METRICS, type ThresholdMetric } from '../../../src-main/common/domain/thresholds';
import { ApiCallError } from '../../api/errors';
import { useCallMutation } from '../../api/use-call';
import { useUnits } from '../../app/app-context';
import { navigate } from '../../app/routes';
import { Field } from '../../components/Field';
import { coachTimeZone, TimeZoneInput } from '../../components/TimeZoneInput';
import { SPORT_LABELS } from '../../format/sports';
import { THRESHOLD_LABELS, thresholdUnit } from '../../format/units';
import { describeFieldError, emptyAthleteForm, toNewAthlete, type FieldErrors } from './athlete-form';

export const THRESHOLD_PLACEHOLDERS: Record<ThresholdMetric, string> = {
  ftp: 'e.g. 250',
  lthr: 'e.g. 168',
  maxHr: 'e.g. 188',
  restingHr: 'e.g. 48',
  thresholdPace: 'm:ss, e.g. 4:30',
  css: 'm:ss, e.g. 1:45',
  weight: 'e.g. 68',
};

/** New athlete with optional thresholds; errors from the contract appear next to the field they name. */
export function AddAthleteForm({ onCancel }: { onCancel: () => void }) {
  const units = useUnits();
  const [values, setValues] = useState(() => emptyAthleteForm(coachTimeZone()));
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  const create = useCallMutation('athletes.create');
  // "tags.2" → "tags": list items are reported on the list's input.
  const serverField = create.error instanceof ApiCallError ? create.error.field?.replace(/\.\d+$/, '') : undefined;
  const placed = serverField !== undefined && FORM_FIELDS.has(serverField);
  const errors = placed
    ? { [serverField]: describeFieldError(serverField, create.error!.message, units) }
    : localErrors;
  const formError = placed ? undefined : create.error;

  function submit(event: FormEvent) {
    event.preventDefault();
    create.reset();
    const built = toNewAthlete(values, units);
    setLocalErrors(built.errors ?? {});
    if (built.errors) return;
    create.run(built.input, (athlete) => navigate({ screen: 'athlete', athleteId: athlete.id }));
  }

  const errorProps = (field: string) =>
    errors[field] ? { 'aria-invalid': true, 'aria-describedby': `${fieldId(field)}-error` } : {};

  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby="add-athlete-title">
      <h2 id="add-athlete-title">Add athlete</h2>
      <div className="form-grid">
        <Field id={fieldId('name')} label="Name" error={errors.name}>
          <input
            id={fieldId('name')}
            type="text"
            value={values.name}
            autoFocus
            onChange={(e) => setValues({ ...values, name: e.target.value })}
            {...errorProps('name')}
          />
        </Field>
        <Field id={fieldId('tags')} label="Tags" hint="Comma-separated, e.g. masters, ironman" error={errors.tags}>
          <input
            id={fieldId('tags')}
            type="text"
            value={values.tags}
            onChange={(e) => setValues({ ...values, tags: e.target.value })}
          />
        </Field>
        <Field
          id={fieldId('timeZone')}
          label="Time zone"
          hint="Where the athlete lives: their today, and the day of a file that states no local time"
          error={errors.timeZone}
        >
          <TimeZoneInput
            id={fieldId('timeZone')}
            value={values.timeZone}
            onChange={(e) => setValues({ ...values, timeZone: e.target.value })}
            {...errorProps('timeZone')}
          />
        </Field>
        <fieldset className="field wide">
          <legend>Sports</legend>
          <div className="checkbox-row">
            {SPORTS.map((sport) => (
              <label key={sport}>
                <input
                  type="checkbox"
                  checked={values.sports.includes(sport)}
                  onChange={(e) =>
                    setValues({
                      ...values,
                      sports: e.target.checked ? [...values.sports, sport] : values.sports.filter((s) => s !== sport),
                    })
                  }
                />
                {SPORT_LABELS[sport]}
              </label>
            ))}
          </div>
          {errors.sports && (
            <span className="field-error" role="alert">
              {errors.sports}
            </span>
          )}
        </fieldset>
        {THRESHOLD_METRICS.map((metric) => {
          const field = `thresholds.${metric}`;
          return (
            <Field
              key={metric}
              id={fieldId(field)}
              label={THRESHOLD_LABELS[metric]}
              unit={thresholdUnit(metric, units)}
              error={errors[field]}
            >
              <input
                id={fieldId(field)}
                type="text"
                inputMode={metric === 'thresholdPace' || metric === 'css' ? 'text' : 'decimal'}
                placeholder={THRESHOLD_PLACEHOLDERS[metric]}
                value={values.thresholds[metric]}
                onChange={(e) =>
                  setValues({ ...values, thresholds: { ...values.thresholds, [metric]: e.target.value } })
                }
                {...errorProps(field)}
              />
            </Field>
          );
        })}
      </div>
      <FormActions error={formError} onCancel={onCancel} submitLabel="Add athlete" busy={create.pending} />
    </form>
  );
}

const FORM_FIELDS = new Set(['name', 'sports', 'tags', 'timeZone', ...THRESHOLD_METRICS.map((m) => `thresholds.${m}`)]);

function fieldId(field: string): string {
  return `athlete-${field.replace('.', '-')}`;
}
