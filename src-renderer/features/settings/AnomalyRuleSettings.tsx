import { useId, useState, type FormEvent } from 'react';
import type { AnomalySettingsView } from '../../../src-main/common/contract';
import {
  RULE_LABELS,
  RULE_SETTING_FIELDS,
  RULE_SETTINGS_KEY,
  type RuleSettingField,
} from '../../../src-main/common/domain/anomalies/settings';
import { ANOMALY_RULES, type RuleSettings } from '../../../src-main/common/domain/anomalies/types';
import { useCall, useCallMutation } from '../../api/use-call';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';

type RuleKey = keyof RuleSettings;
type Values = Record<string, number | boolean>;
/** The form's values per rule, numbers as typed (strings) so a half-typed "0." is not rewritten. */
type Draft = Record<RuleKey, Record<string, string | boolean>>;

const valuesOf = (settings: RuleSettings, rule: RuleKey) => settings[rule] as unknown as Values;

function draftOf(settings: RuleSettings): Draft {
  const draft = {} as Draft;
  for (const rule of Object.keys(settings) as RuleKey[]) {
    draft[rule] = Object.fromEntries(
      Object.entries(valuesOf(settings, rule)).map(([key, value]) => [
        key,
        typeof value === 'boolean' ? value : String(value),
      ]),
    );
  }
  return draft;
}

function parsed(value: string | boolean): number | boolean {
  return typeof value === 'boolean' ? value : Number(value);
}

/**
 * The patch to send. Globally every value (the server merges it); for an athlete only the values that
 * differ from the global ones, because that patch replaces the athlete's overrides.
 */
function patchOf(draft: Draft, view: AnomalySettingsView): Record<string, Values> {
  const patch: Record<string, Values> = {};
  for (const rule of Object.keys(draft) as RuleKey[]) {
    const global = valuesOf(view.global, rule);
    const changed = Object.entries(draft[rule])
      .map(([key, value]) => [key, parsed(value)] as const)
      .filter(([key, value]) => view.athleteId === null || value !== global[key]);
    if (changed.length > 0) patch[rule] = Object.fromEntries(changed);
  }
  return patch;
}

function NumberSetting({
  field,
  value,
  overridden,
  onChange,
}: {
  field: RuleSettingField;
  value: string;
  overridden: boolean;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className={`field${overridden ? ' overridden' : ''}`}>
      <label htmlFor={id}>
        {field.label} <span className="unit">({field.unit})</span>
      </label>
      <input
        id={id}
        type="number"
        min={field.min}
        max={field.max}
        step={field.step}
        value={value}
        required
        onChange={(e) => onChange(e.target.value)}
      />
      <span className="field-hint">
        {field.min}–{field.max}
        {overridden && ' · this athlete only'}
      </span>
    </div>
  );
}

function RuleFieldset({
  ruleKey,
  label,
  values,
  overrides,
  onChange,
}: {
  ruleKey: RuleKey;
  label: string;
  values: Record<string, string | boolean>;
  overrides: Partial<Values> | undefined;
  onChange: (key: string, value: string | boolean) => void;
}) {
  const fields = RULE_SETTING_FIELDS.filter((f) => f.rule === ruleKey);
  const enabled = values.enabled === true;
  return (
    <fieldset className="rule-settings">
      <legend>
        <label>
          <input type="checkbox" checked={enabled} onChange={(e) => onChange('enabled', e.target.checked)} /> {label}
        </label>
        {overrides?.enabled !== undefined && <span className="muted"> (this athlete only)</span>}
      </legend>
      {fields.length === 0 && <p className="muted">No thresholds: only on or off.</p>}
      {fields.length > 0 && enabled && (
        <div className="form-grid">
          {fields.map((field) => (
            <NumberSetting
              key={field.key}
              field={field}
              value={String(values[field.key])}
              overridden={overrides?.[field.key] !== undefined}
              onChange={(value) => onChange(field.key, value)}
            />
          ))}
        </div>
      )}
    </fieldset>
  );
}

function RuleSettingsForm({
  view,
  saved,
  setSaved,
}: {
  view: AnomalySettingsView;
  /** Held by the parent: the form is mounted afresh with the saved values. */
  saved: boolean;
  setSaved: (saved: boolean) => void;
}) {
  const [draft, setDraft] = useState(() => draftOf(view.effective));
  const update = useCallMutation('anomalies.settings.update');
  const saving = update.pending;
  const forAthlete = view.athleteId !== null;

  function save(patch: Record<string, Values>) {
    setSaved(false);
    update.run({ athleteId: view.athleteId, patch }, () => setSaved(true));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    save(patchOf(draft, view));
  }

  const change = (rule: RuleKey) => (key: string, value: string | boolean) => {
    setSaved(false);
    setDraft({ ...draft, [rule]: { ...draft[rule], [key]: value } });
  };

  return (
    <form
      onSubmit={submit}
      aria-label={forAthlete ? "This athlete's anomaly rules" : 'Anomaly rules for every athlete'}
    >
      <div className="rule-settings-list">
        {ANOMALY_RULES.map((rule) => {
          const key = RULE_SETTINGS_KEY[rule];
          return (
            <RuleFieldset
              key={rule}
              ruleKey={key}
              label={RULE_LABELS[rule]}
              values={draft[key]}
              overrides={forAthlete ? (view.patch[key] as Partial<Values> | undefined) : undefined}
              onChange={change(key)}
            />
          );
        })}
      </div>
      {update.error && <ErrorBanner error={update.error} />}
      <div className="dialog-actions">
        {saved && (
          <span className="muted" role="status">
            Saved. The inbox re-checks with these settings.
          </span>
        )}
        {forAthlete && Object.keys(view.patch).length > 0 && (
          <button type="button" disabled={saving} onClick={() => save({})}>
            Use the global settings
          </button>
        )}
        <button type="submit" className="primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save rule settings'}
        </button>
      </div>
    </form>
  );
}

/**
 * Each anomaly rule's switch and thresholds, with units and allowed ranges: for every athlete
 * (athleteId null) or as one athlete's overrides of those.
 */
export function AnomalyRuleSettings({ athleteId }: { athleteId: number | null }) {
  const settings = useCall('anomalies.settings.get', { athleteId });
  const [saved, setSaved] = useState(false);
  if (settings.error) return <ErrorBanner error={settings.error} onRetry={settings.refetch} />;
  if (!settings.data) return <Loading what="rule settings" />;
  // Keyed by the stored values, so the form starts again from what the server now holds after a save.
  return (
    <RuleSettingsForm key={JSON.stringify(settings.data)} view={settings.data} saved={saved} setSaved={setSaved} />
  );
}
