import { useState, type FormEvent } from 'react';
import type { AnalyticsSettings } from '../../../src-main/common/contract';
import type { FormTiming, PmcSmoothing } from '../../../src-main/common/domain/load/pmc-convention';
import { useCallMutation } from '../../api/use-call';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field } from '../../components/Field';
import { addDaysIso } from '../../format/dates';
import { useAthleteToday } from './athlete-today';

interface Draft {
  smoothing: PmcSmoothing;
  formTiming: FormTiming;
  ctlDays: string;
  atlDays: string;
  seeded: boolean;
  seedDate: string;
  seedCtl: string;
  seedAtl: string;
}

function draftOf(settings: AnalyticsSettings, today: string): Draft {
  const { convention, seed } = settings;
  return {
    smoothing: convention.smoothing,
    formTiming: convention.formTiming,
    ctlDays: String(convention.ctlDays),
    atlDays: String(convention.atlDays),
    seeded: seed !== null,
    seedDate: seed?.date ?? addDaysIso(today, -365),
    seedCtl: String(seed?.ctl ?? 0),
    seedAtl: String(seed?.atl ?? 0),
  };
}

/**
 * The athlete's PMC convention: smoothing, form dating, time constants and an optional starting CTL/ATL
 * (for an athlete whose history begins mid-season). Saving recomputes the stored PMC on the server, and
 * the chart and these settings are refetched when it announces the change.
 */
export function PmcSettingsPanel({ settings }: { settings: AnalyticsSettings }) {
  const today = useAthleteToday();
  const [draft, setDraft] = useState(() => draftOf(settings, today));
  const update = useCallMutation('analytics.settings.update');
  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });

  function save(event: FormEvent) {
    event.preventDefault();
    update.run({
      athleteId: settings.athleteId,
      smoothing: draft.smoothing,
      formTiming: draft.formTiming,
      ctlDays: Number(draft.ctlDays),
      atlDays: Number(draft.atlDays),
      seed: draft.seeded ? { date: draft.seedDate, ctl: Number(draft.seedCtl), atl: Number(draft.seedAtl) } : null,
    });
  }

  function useDefaults() {
    const defaults = settings.defaultConvention;
    set({
      smoothing: defaults.smoothing,
      formTiming: defaults.formTiming,
      ctlDays: String(defaults.ctlDays),
      atlDays: String(defaults.atlDays),
      seeded: false,
    });
  }

  return (
    <form className="pmc-settings" onSubmit={save} aria-label="PMC settings">
      <p className="footnote">
        <strong>In use:</strong> {settings.convention.label}. <strong>Default:</strong>{' '}
        {settings.defaultConvention.label}.
      </p>
      <div className="form-grid">
        <fieldset className="field">
          <legend>Smoothing</legend>
          <div className="segmented">
            {(
              [
                ['trainingpeaks', 'TrainingPeaks (k = 1/N)'],
                ['goldencheetah', 'GoldenCheetah (k = 1 − e^(−1/N))'],
              ] as const
            ).map(([value, label]) => (
              <label key={value}>
                <input
                  type="radio"
                  name="smoothing"
                  checked={draft.smoothing === value}
                  onChange={() => set({ smoothing: value })}
                />
                {label}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="field">
          <legend>Form (TSB) on a day</legend>
          <div className="segmented">
            {(
              [
                ['previous-day', "Yesterday's CTL − ATL"],
                ['same-day', "Today's CTL − ATL"],
              ] as const
            ).map(([value, label]) => (
              <label key={value}>
                <input
                  type="radio"
                  name="formTiming"
                  checked={draft.formTiming === value}
                  onChange={() => set({ formTiming: value })}
                />
                {label}
              </label>
            ))}
          </div>
        </fieldset>
        <Field id="pmc-ctl-days" label="CTL time constant" unit="days">
          <input
            id="pmc-ctl-days"
            type="number"
            min={1}
            max={365}
            value={draft.ctlDays}
            onChange={(e) => set({ ctlDays: e.target.value })}
          />
        </Field>
        <Field id="pmc-atl-days" label="ATL time constant" unit="days">
          <input
            id="pmc-atl-days"
            type="number"
            min={1}
            max={365}
            value={draft.atlDays}
            onChange={(e) => set({ atlDays: e.target.value })}
          />
        </Field>
        <fieldset className="field wide">
          <legend>Starting values</legend>
          <label className="checkbox-row">
            <input type="checkbox" checked={draft.seeded} onChange={(e) => set({ seeded: e.target.checked })} />
            Seed the history with a starting CTL and ATL (for training done before the first imported activity)
          </label>
          {draft.seeded && (
            <div className="form-grid">
              <Field id="pmc-seed-date" label="From date">
                <input
                  id="pmc-seed-date"
                  type="date"
                  value={draft.seedDate}
                  onChange={(e) => set({ seedDate: e.target.value })}
                />
              </Field>
              <Field id="pmc-seed-ctl" label="Starting CTL" unit="TSS/d">
                <input
                  id="pmc-seed-ctl"
                  type="number"
                  min={0}
                  max={300}
                  value={draft.seedCtl}
                  onChange={(e) => set({ seedCtl: e.target.value })}
                />
              </Field>
              <Field id="pmc-seed-atl" label="Starting ATL" unit="TSS/d">
                <input
                  id="pmc-seed-atl"
                  type="number"
                  min={0}
                  max={500}
                  value={draft.seedAtl}
                  onChange={(e) => set({ seedAtl: e.target.value })}
                />
              </Field>
            </div>
          )}
        </fieldset>
      </div>
      {update.error && <ErrorBanner error={update.error} />}
      <div className="dialog-actions">
        <button type="button" onClick={useDefaults}>
          Use defaults
        </button>
        <button type="submit" className="primary" disabled={update.pending}>
          {update.pending ? 'Recomputing…' : 'Save and recompute'}
        </button>
      </div>
    </form>
  );
}
