import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_RULE_SETTINGS } from '../../../src-main/common/domain/anomalies/settings';
import { dispatch } from '../../../src-main/node/api/dispatch';
import { createAthlete } from '../../../src-main/node/services/athletes';
import { createTempApp, type TempApp } from '../../helpers/temp-app';

let app: TempApp;
beforeEach(() => {
  app = createTempApp({ now: new Date('2026-05-20T08:00:00Z') });
});
afterEach(() => app.dispose());

const update = (athleteId: number | null, patch: Record<string, Record<string, number | boolean | string>>) =>
  dispatch(app.handlers, 'anomalies.settings.update', { athleteId, patch });

describe('anomaly rule settings over the API', () => {
  it('refuses a threshold outside its range, naming the rule, the setting and the range, and saves nothing', async () => {
    const athlete = await createAthlete(app.ctx, { name: 'Ana Ruiz', sports: ['run'] });
    for (const athleteId of [null, athlete.id]) {
      expect(await update(athleteId, { tsbLow: { warning: 500 } })).toEqual({
        ok: false,
        error: {
          code: 'VALIDATION',
          field: 'patch.tsbLow.warning',
          message: 'patch.tsbLow.warning: Form (TSB) very low, Warning below: must be between -80 and 0 TSB, not 500',
        },
      });
      // One bad value refuses the whole patch: the good one beside it is not saved either.
      expect(await update(athleteId, { noUploads: { days: 10 }, acwrSpike: { critical: 0.5 } })).toMatchObject({
        ok: false,
        error: {
          field: 'patch.acwrSpike.critical',
          message: expect.stringContaining('must be between 1.2 and 4 ratio, not 0.5'),
        },
      });
      const stored = await dispatch(app.handlers, 'anomalies.settings.get', { athleteId });
      expect(stored).toMatchObject({
        ok: true,
        value: { patch: {}, effective: DEFAULT_RULE_SETTINGS, global: DEFAULT_RULE_SETTINGS },
      });
    }
  });

  it('refuses part days, a number for a switch and a setting the rule does not have', async () => {
    expect(await update(null, { noUploads: { days: 7.5 } })).toMatchObject({
      ok: false,
      error: {
        field: 'patch.noUploads.days',
        message: expect.stringContaining('must be a whole number between 2 and 30 days, not 7.5'),
      },
    });
    expect(await update(null, { tsbLow: { enabled: 1 } })).toMatchObject({
      ok: false,
      error: { field: 'patch.tsbLow.enabled' },
    });
    expect(await update(null, { tsbLow: { warning: '-20' } })).toMatchObject({
      ok: false,
      error: { field: 'patch.tsbLow.warning' },
    });
    expect(await update(null, { tsbLow: { warnng: -20 } })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('Rule "tsbLow" has no setting "warnng"') },
    });
  });

  it('takes the ends of a range and stores them', async () => {
    const saved = await update(null, { tsbLow: { warning: 0, critical: -100 }, sleepDeficit: { minHours: 4.25 } });
    expect(saved).toMatchObject({
      ok: true,
      value: { effective: { tsbLow: { warning: 0, critical: -100 }, sleepDeficit: { minHours: 4.25 } } },
    });
  });
});
