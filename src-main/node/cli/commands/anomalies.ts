import { anomalyCalls } from '../../../common/contract';
import { listInbox } from '../../anomalies/inbox';
import type { CliIo } from '../command';
import { contractInput, numberOption, parseOptions } from '../options';
import { withApp } from '../with-app';

/**
 * `coach anomalies [--athlete ID] [--state open|acknowledged|snoozed|resolved|active|all] [--json]`: the rules
 * are re-evaluated first, then each anomaly is printed as {id, athleteId, rule, severity, state, date,
 * reason, evidence} — scripts depend on these names.
 */
export async function runAnomalies(args: string[], io: CliIo): Promise<number> {
  const { values } = parseOptions(args, {
    db: { type: 'string' },
    json: { type: 'boolean' },
    athlete: { type: 'string' },
    state: { type: 'string' },
    rule: { type: 'string' },
  });
  const filter = contractInput(anomalyCalls['anomalies.list'].input, {
    ...(values.athlete !== undefined ? { athleteId: numberOption(values.athlete, 'athlete') } : {}),
    ...(values.state !== undefined ? { state: values.state } : {}),
    ...(values.rule !== undefined ? { rule: values.rule } : {}),
  });
  return withApp(values.db, async (app) => {
    const anomalies = await listInbox(app.ctx, filter);
    if (values.json) {
      const printed = anomalies.map(({ id, athleteId, rule, severity, state, date, reason, evidence }) => ({
        id,
        athleteId,
        rule,
        severity,
        state,
        date,
        reason,
        evidence,
      }));
      io.stdout(JSON.stringify(printed, null, 2));
    } else if (anomalies.length === 0) {
      io.stdout('No anomalies.');
    } else {
      for (const a of anomalies)
        io.stdout(`#${a.id} ${a.date} ${a.severity.padEnd(8)} ${a.athleteName}: ${a.ruleLabel} — ${a.reason}`);
    }
    return 0;
  });
}
