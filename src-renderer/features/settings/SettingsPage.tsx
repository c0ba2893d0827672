import type { Settings } from '../../../src-main/common/contract';
import { useCallMutation } from '../../api/use-call';
import { useAppContext } from '../../app/app-context';
import { ErrorBanner } from '../../components/ErrorBanner';
import { AnomalyRuleSettings } from './AnomalyRuleSettings';

function Choice<K extends keyof Settings>({
  setting,
  label,
  options,
  value,
  onChange,
}: {
  setting: K;
  label: string;
  options: { value: Settings[K]; label: string }[];
  value: Settings[K];
  onChange: (patch: Partial<Settings>) => void;
}) {
  return (
    <fieldset className="field">
      <legend>{label}</legend>
      <div className="segmented">
        {options.map((option) => (
          <label key={option.value}>
            <input
              type="radio"
              name={setting}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange({ [setting]: option.value })}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function SettingsPage() {
  const { info, settings } = useAppContext();
  const save = useCallMutation('settings.update');
  const update = (patch: Partial<Settings>) => save.run(patch);

  return (
    <div className="page">
      <header className="page-header">
        <h1>Settings</h1>
      </header>
      {save.error && <ErrorBanner error={save.error} />}
      <section className="card" aria-labelledby="appearance-title">
        <h2 id="appearance-title">Display</h2>
        <div className="stack">
          <Choice
            setting="theme"
            label="Theme"
            value={settings.theme}
            onChange={update}
            options={[
              { value: 'system', label: 'System' },
              { value: 'light', label: 'Light' },
              { value: 'dark', label: 'Dark' },
            ]}
          />
          <Choice
            setting="units"
            label="Units"
            value={settings.units}
            onChange={update}
            options={[
              { value: 'metric', label: 'Metric (km, kg)' },
              { value: 'imperial', label: 'Imperial (mi, lb)' },
            ]}
          />
        </div>
      </section>
      <section className="card" aria-labelledby="anomaly-rules-title">
        <h2 id="anomaly-rules-title">Anomaly rules</h2>
        <p className="muted">
          What the inbox raises, for every athlete; an athlete's page can override any threshold for that athlete.
        </p>
        <AnomalyRuleSettings athleteId={null} />
      </section>
      <section className="card" aria-labelledby="database-title">
        <h2 id="database-title">Database</h2>
        <dl className="facts">
          <dt>File</dt>
          <dd className="path" data-testid="db-path">
            {info.dbPath}
          </dd>
          <dt>App version</dt>
          <dd>{info.version}</dd>
          <dt>Athletes</dt>
          <dd>
            {info.athleteCount}
            {info.demoAthleteCount > 0 && ` (${info.demoAthleteCount} demo)`}
          </dd>
        </dl>
        <p className="muted">
          Everything stays in this file on this computer. Back it up by copying it while the app is closed.
        </p>
      </section>
    </div>
  );
}
