import type { AnomalyDetail, AnomalyView } from '../../../src-main/common/contract';
import type { UseQueryResult } from '@tanstack/react-query';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ActionLabel } from '../../components/KeySpec';
import { Loading } from '../../components/Loading';
import { formatDate } from '../../format/dates';
import { AnomalyContext } from './AnomalyContext';
import { EvidenceChart } from './EvidenceChart';
import { CAUSE_LABELS, SEVERITY_LABELS, SEVERITY_TONES, STATE_LABELS } from './inbox-labels';
import { NoteEvidence } from './NoteEvidence';
import { SuggestionBlock } from './SuggestionBlock';

export interface TriageActions {
  acknowledge(anomaly: AnomalyView): void;
  snooze(anomaly: AnomalyView): void;
  resolve(anomaly: AnomalyView): void;
  reopen(anomaly: AnomalyView): void;
}

/** Each evidence chart's name and the athlete page section that shows it. */
const CHARTS = {
  pmc: { name: 'performance management chart', section: 'pmc-title' },
  wellness: { name: 'wellness charts', section: 'wellness-title' },
  weekly: { name: 'weekly volume', section: 'weekly-title' },
  performance: { name: 'duration curves', section: 'curves-title' },
  plan: { name: 'plan compliance', section: 'activities-title' },
  notes: { name: 'notes', section: 'notes-title' },
} as const;

function StateLine({ anomaly }: { anomaly: AnomalyView }) {
  return (
    <p className="muted" data-testid="anomaly-state">
      {STATE_LABELS[anomaly.state]}
      {anomaly.state === 'snoozed' && anomaly.snoozedUntil && ` until ${formatDate(anomaly.snoozedUntil)}`}
      {anomaly.state === 'resolved' && anomaly.cause && ` · cause: ${CAUSE_LABELS[anomaly.cause]}`}
      {anomaly.state === 'resolved' && anomaly.resolutionNote && ` — ${anomaly.resolutionNote}`}
    </p>
  );
}

function TriageButtons({ anomaly, actions }: { anomaly: AnomalyView; actions: TriageActions }) {
  if (anomaly.state === 'resolved') {
    return (
      <div className="toolbar">
        <button type="button" onClick={() => actions.reopen(anomaly)}>
          Reopen
        </button>
      </div>
    );
  }
  return (
    <div className="toolbar">
      <button type="button" disabled={anomaly.state === 'acknowledged'} onClick={() => actions.acknowledge(anomaly)}>
        <ActionLabel id="inbox.acknowledge" />
      </button>
      <button type="button" onClick={() => actions.snooze(anomaly)}>
        <ActionLabel id="inbox.snooze" />
      </button>
      <button type="button" className="primary" onClick={() => actions.resolve(anomaly)}>
        <ActionLabel id="inbox.resolve" />
      </button>
    </div>
  );
}

function Evidence({ anomaly }: { anomaly: AnomalyDetail }) {
  const { evidence } = anomaly;
  const facts = Object.entries(evidence.facts ?? {});
  const hasPoints = evidence.points.some((p) => p.value !== null);
  return (
    <section aria-labelledby="evidence-title">
      <h3 id="evidence-title">Evidence</h3>
      {evidence.note && <NoteEvidence anomaly={anomaly} />}
      {!evidence.note && hasPoints && <EvidenceChart evidence={evidence} />}
      {facts.length > 0 && (
        <dl className="facts">
          {facts.map(([label, value]) => (
            <div key={label} className="fact">
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
      <p>
        <a
          href={`#/athletes/${anomaly.athleteId}?section=${CHARTS[evidence.chart.kind].section}&from=${evidence.chart.from}&to=${evidence.chart.to}`}
        >
          Open {anomaly.athleteName}'s {CHARTS[evidence.chart.kind].name}
        </a>{' '}
        <span className="muted">
          ({formatDate(evidence.chart.from)} – {formatDate(evidence.chart.to)})
        </span>
      </p>
    </section>
  );
}

/** One anomaly in full: why it was raised, the evidence, the athlete's context and what to do. */
export function AnomalyDetailPane({
  detail,
  actions,
}: {
  detail: UseQueryResult<AnomalyDetail>;
  actions: TriageActions;
}) {
  if (detail.error) return <ErrorBanner error={detail.error} onRetry={detail.refetch} />;
  if (!detail.data) return <Loading what="anomaly" />;
  const anomaly = detail.data;
  return (
    <article className="anomaly-detail" aria-labelledby="anomaly-title">
      <header>
        <p>
          <span className={`badge ${SEVERITY_TONES[anomaly.severity]}`}>{SEVERITY_LABELS[anomaly.severity]}</span>{' '}
          <a href={`#/athletes/${anomaly.athleteId}`}>{anomaly.athleteName}</a> · {formatDate(anomaly.date)}
        </p>
        <h2 id="anomaly-title">{anomaly.ruleLabel}</h2>
        <StateLine anomaly={anomaly} />
      </header>
      <p className="anomaly-reason">{anomaly.reason}</p>
      <TriageButtons anomaly={anomaly} actions={actions} />
      <Evidence anomaly={anomaly} />
      {(anomaly.suggestion || anomaly.suggestionUnavailable || anomaly.suggestionState) && (
        <section aria-labelledby="suggestion-title">
          <h3 id="suggestion-title">Suggested plan change</h3>
          <SuggestionBlock anomaly={anomaly} />
        </section>
      )}
      <section aria-labelledby="context-title">
        <h3 id="context-title">Context</h3>
        <AnomalyContext anomaly={anomaly} />
      </section>
    </article>
  );
}
