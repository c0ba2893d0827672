import { useEffect, useRef } from 'react';
import type { AnomalyView } from '../../../src-main/common/contract';
import { formatShortDate } from '../../format/dates';
import { SEVERITY_LABELS, SEVERITY_TONES, STATE_LABELS } from './inbox-labels';

/** The reason's first clause: enough to recognise the finding in a list (the pane shows all of it). */
function oneLine(reason: string): string {
  return reason.split(' — ')[0]!;
}

const optionId = (id: number) => `anomaly-option-${id}`;

/**
 * Anomalies in the server's order (severity, then most recent). A listbox: the selected row is the one
 * the triage keys act on.
 */
export function AnomalyList({
  anomalies,
  selectedId,
  onSelect,
}: {
  anomalies: AnomalyView[];
  selectedId: number | undefined;
  onSelect: (id: number) => void;
}) {
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

  return (
    <ul
      className="anomaly-list"
      role="listbox"
      aria-label="Anomalies"
      ref={listRef}
      // Focusable so screen readers follow the selection; the triage keys themselves work anywhere on the page.
      tabIndex={0}
      aria-activedescendant={selectedId === undefined ? undefined : optionId(selectedId)}
    >
      {anomalies.map((anomaly) => (
        <li
          key={anomaly.id}
          id={optionId(anomaly.id)}
          role="option"
          aria-selected={anomaly.id === selectedId}
          data-state={anomaly.state}
          onClick={() => onSelect(anomaly.id)}
        >
          <div className="anomaly-row-head">
            <span className={`badge ${SEVERITY_TONES[anomaly.severity]}`}>{SEVERITY_LABELS[anomaly.severity]}</span>
            <strong>{anomaly.athleteName}</strong>
            <span className="muted nowrap">{formatShortDate(anomaly.date)}</span>
          </div>
          <div className="anomaly-row-rule">
            {anomaly.ruleLabel}
            {anomaly.state !== 'open' && <span className="muted"> · {STATE_LABELS[anomaly.state].toLowerCase()}</span>}
          </div>
          <div className="anomaly-row-reason muted">{oneLine(anomaly.reason)}</div>
        </li>
      ))}
    </ul>
  );
}
