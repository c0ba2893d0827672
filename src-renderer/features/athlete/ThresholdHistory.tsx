import { useState, type FormEvent } from 'react';
import type { Athlete } from '../../../src-main/common/contract';
import { THRESHOLD_METRICS, type ThresholdMetric } from '../../../src-main/common/domain/thresholds';
import { ApiCallError } from '../../api/errors';
import { useCallMutation } from '../../api/use-call';
import { useUnits } from '../../app/app-context';
import { Field } from '../../components/Field';
import { formatDate } from '../../format/dates';
import { useAthleteToday } from './athlete-today';
import { formatThreshold, THRESHOLD_LABELS, thresholdUnit } from '../../format/units';
import { THRESHOLD_PLACEHOLDERS } from '../roster/AddAthleteForm';
import { describeFieldError, parseThreshold } from '../roster/athlete-form';

/** One table per metric, newest first: the dated values loads are scored with (each activity uses the one valid on its date). */
const SHOWN_AT_FIRST = 5;

function HistoryTables({ athlete }: { athlete: Athlete }) {
  const units = useUnits();
  const [showAll, setShowAll] = useState(false);
  const today = useAthleteToday();
  const metrics = THRESHOLD_METRICS.filter((m) => athlete.thresholdHistory.some((e) => e.metric === m));
  if (metrics.length === 0) return <p className="muted">No thresholds recorded yet.</p>;
  return (
    <div className="threshold-history">
      {metrics.map((metric) => {
        const entries = athlete.thresholdHistory
          .filter((e) => e.metric === metric)
          .sort((a, b) => b.validFrom.localeCompare(a.validFrom));
        const current = entries.find((e) => e.validFrom <= today);
        return (
          <table key={metric} className="data compact" aria-label={`${THRESHOLD_LABELS[metric]} history`}>
            <thead>
              <tr>
                <th>{THRESHOLD_LABELS[metric]} valid from</th>
                <th className="num">Value ({thresholdUnit(metric, units)})</th>
              </tr>
            </thead>
            <tbody>
              {(showAll ? entries : entries.slice(0, SHOWN_AT_FIRST)).map((entry) => (
                <tr key={entry.validFrom}>
                  <td>
                    {formatDate(entry.validFrom)} {entry === current && <span className="badge ok">current</span>}
                    {entry.validFrom > today && <span className="badge">future</span>}
                  </td>
                  <td className="num">{formatThreshold(metric, entry.value, units)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
      {metrics.some((m) => athlete.thresholdHistory.filter((e) => e.metric === m).length > SHOWN_AT_FIRST) && (
        <button type="button" className="link" onClick={() => setShowAll(!showAll)}>
          {showAll ? 'Show the latest values only' : 'Show every dated value'}
        </button>
      )}
    </div>
  );
}

function AddThresholdForm({ athleteId }: { athleteId: number }) {
  const units = useUnits();
  const [metric, setMetric] = useState<ThresholdMetric>('ftp');
  const [value, setValue] = useState('');
  const today = useAthleteToday();
  const [validFrom, setValidFrom] = useState(today);
  const [unparsed, setUnparsed] = useState<string>();
  const save = useCallMutation('thresholds.set');
  const failure = save.error;
  const error =
    unparsed ??
    (failure &&
      (failure instanceof ApiCallError
        ? describeFieldError(`thresholds.${metric}`, failure.message, units)
        : String(failure)));

  function submit(event: FormEvent) {
    event.preventDefault();
    save.reset();
    const parsed = parseThreshold(metric, value, units);
    if (parsed === undefined || parsed === 'invalid') {
      setUnparsed(
        metric === 'thresholdPace' || metric === 'css' ? 'Enter minutes:seconds, e.g. 4:30' : 'Enter a number',
      );
      return;
    }
    setUnparsed(undefined);
    save.run({ athleteId, metric, value: parsed, validFrom }, () => setValue(''));
  }

  return (
    <form className="inline-fields" onSubmit={submit} aria-label="Add a threshold value" noValidate>
      <Field id="threshold-metric" label="Metric">
        <select id="threshold-metric" value={metric} onChange={(e) => setMetric(e.target.value as ThresholdMetric)}>
          {THRESHOLD_METRICS.map((m) => (
            <option key={m} value={m}>
              {THRESHOLD_LABELS[m]}
            </option>
          ))}
        </select>
      </Field>
      <Field id="threshold-value" label="Value" unit={thresholdUnit(metric, units)} error={error}>
        <input
          id="threshold-value"
          type="text"
          placeholder={THRESHOLD_PLACEHOLDERS[metric]}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          aria-invalid={error ? true : undefined}
        />
      </Field>
      <Field id="threshold-valid-from" label="Valid from">
        <input id="threshold-valid-from" type="date" value={validFrom} onChange={(e) => setValidFrom(e.target.value)} />
      </Field>
      <button type="submit" className="primary" disabled={save.pending || !value.trim()}>
        {save.pending ? 'Saving…' : 'Add value'}
      </button>
    </form>
  );
}

export function ThresholdHistory({ athlete }: { athlete: Athlete }) {
  return (
    <>
      <HistoryTables athlete={athlete} />
      <p className="footnote">
        A new value rescores the loads of activities from its date on, until the next dated value.
      </p>
      <AddThresholdForm athleteId={athlete.id} />
    </>
  );
}
