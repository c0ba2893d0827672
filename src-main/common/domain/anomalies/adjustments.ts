import type { AdjustmentIntent, AnomalyRule, ContextPeriod, Severity } from './types';

/**
 * What the plan should do about a load or recovery finding of warning or worse. Injury notes, missing
 * uploads, missed sessions and falling performance get none: they need the coach's judgement, not a rule.
 * - Recovery markers (HRV, resting HR, sleep): easy days until they recover; rest when critical or when an
 *   illness is logged around them (training through an infection risks more than fitness).
 * - Form and ACWR: less volume for a few days, the usual way to let fatigue clear (Gabbett 2016).
 * - Monotony: one or two real rest days, which is what lowers Foster's monotony.
 * - Ramp: a lighter week, so CTL rises within the guardrail.
 */
export function adjustmentFor(
  rule: AnomalyRule,
  severity: Severity,
  context: readonly ContextPeriod[],
): AdjustmentIntent | null {
  if (severity === 'info') return null;
  const critical = severity === 'critical';
  const ill = context.some((c) => c.kind === 'illness');
  switch (rule) {
    case 'hrv-suppressed':
    case 'resting-hr-elevated':
      if (ill) return { kind: 'rest', days: 3 };
      return critical ? { kind: 'rest', days: 2 } : { kind: 'reduce-intensity', days: 3 };
    case 'sleep-deficit':
      return { kind: 'reduce-intensity', days: critical ? 3 : 2 };
    case 'tsb-low':
      return critical ? { kind: 'reduce-volume', days: 4, share: 0.5 } : { kind: 'reduce-volume', days: 3, share: 0.3 };
    case 'acwr-spike':
      return critical
        ? { kind: 'reduce-volume', days: 7, share: 0.4 }
        : { kind: 'reduce-volume', days: 5, share: 0.25 };
    case 'monotony-strain':
      return { kind: 'rest', days: critical ? 2 : 1 };
    case 'ctl-ramp':
      return { kind: 'reduce-volume', days: 7, share: critical ? 0.25 : 0.15 };
    default:
      return null;
  }
}
