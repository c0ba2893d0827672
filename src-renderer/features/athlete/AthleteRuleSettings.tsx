import { useState } from 'react';
import { AnomalyRuleSettings } from '../settings/AnomalyRuleSettings';

/**
 * This athlete's anomaly thresholds, overriding the global ones field by field (a masters athlete's
 * resting HR rises less; a returning athlete ramps from a lower base). Folded away until needed.
 */
export function AthleteRuleSettings({ athleteId }: { athleteId: number }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <div className="card-header">
        <h2 id="rule-settings-title">Anomaly rules for this athlete</h2>
        <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Close' : 'Edit thresholds'}
        </button>
      </div>
      {open ? (
        <AnomalyRuleSettings athleteId={athleteId} />
      ) : (
        <p className="muted">
          The inbox uses the <a href="#/settings">global rule settings</a> unless a threshold is changed here.
        </p>
      )}
    </>
  );
}
