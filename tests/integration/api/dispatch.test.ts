import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/node/api/dispatch';
import { createTempApp, type TempApp } from '../../helpers/temp-app';

let app: TempApp;
beforeEach(() => {
  app = createTempApp({ now: new Date('2026-03-10T08:00:00Z') });
});
afterEach(() => app.dispose());

describe('dispatch', () => {
  it('runs a valid call and returns its value in an ok envelope', async () => {
    const created = await dispatch(app.handlers, 'athletes.create', {
      name: 'Ana Ruiz',
      sports: ['run'],
      thresholds: { lthr: 172 },
    });
    expect(created.ok).toBe(true);
    const list = await dispatch(app.handlers, 'athletes.list', {});
    expect(list).toMatchObject({ ok: true, value: [{ name: 'Ana Ruiz', sports: ['run'] }] });
  });

  it('rejects malformed input with a validation error naming the field', async () => {
    const result = await dispatch(app.handlers, 'athletes.create', {
      name: 'Ana',
      sports: ['run'],
      thresholds: { ftp: 'fast' },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'thresholds.ftp' } });
    const missing = await dispatch(app.handlers, 'athletes.get', {});
    expect(missing).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'id' } });
    const outOfRange = await dispatch(app.handlers, 'thresholds.set', {
      athleteId: 1,
      metric: 'ftp',
      value: 5000,
      validFrom: '2026-01-01',
    });
    expect(outOfRange).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'value', message: expect.stringContaining('between 30 and 700 W') },
    });
  });

  it('rejects unknown fields instead of silently ignoring them', async () => {
    const result = await dispatch(app.handlers, 'athletes.get', { id: 1, drop: 'table' });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('answers unknown methods and missing records with specific codes', async () => {
    expect(await dispatch(app.handlers, 'athletes.explode', {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
    expect(await dispatch(app.handlers, 'athletes.get', { id: 999 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', field: 'id' },
    });
  });

  it('turns an unexpected failure into an INTERNAL envelope instead of throwing', async () => {
    const logged: string[] = [];
    const broken = {
      ...app.handlers,
      'athletes.list': async () => {
        throw new Error('disk on fire');
      },
    };
    const result = await dispatch(broken, 'athletes.list', {}, (m) => logged.push(m));
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'athletes.list failed: disk on fire' } });
    expect(logged).toEqual(['Call athletes.list failed']);
  });
});
