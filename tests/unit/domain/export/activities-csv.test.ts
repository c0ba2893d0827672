import { describe, expect, it } from 'vitest';
import { activitiesCsvHeader, buildActivitiesCsv } from '../../../../src-main/common/domain/export/activities-csv';
import { ACTIVITY_METRICS, type ActivityMetrics } from '../../../../src-main/common/domain/metrics/registry';

const none = Object.fromEntries(ACTIVITY_METRICS.map((m) => [m.id, null])) as ActivityMetrics;

describe('the activities CSV', () => {
  it('has a column per registry metric, named with its unit, after the fixed ones', () => {
    const header = activitiesCsvHeader();
    expect(header.slice(0, 7)).toEqual(['Activity', 'Date', 'Name', 'Sport', 'Duration (s)', 'Distance (km)', 'Load']);
    expect(header.slice(7)).toHaveLength(ACTIVITY_METRICS.length);
    expect(header).toContain('Normalized Power (W)');
    expect(header).toContain('Normalised graded pace (s/km)');
    expect(header).toContain('Intensity factor');
  });

  it('writes stored values as plain numbers, an empty cell where a metric does not apply, and quotes a name with a comma', () => {
    const csv = buildActivitiesCsv([
      {
        id: 7,
        localDate: '2026-05-19',
        name: 'Hills, then flat',
        sport: 'run',
        timerSeconds: 3600,
        distanceMeters: 12345,
        load: 71.2,
        metrics: { ...none, ngp: 291.6, decouplingPercent: -2.4 },
      },
    ]);
    expect(csv.startsWith('\ufeff')).toBe(true);
    const [, row] = csv.slice(1).split('\r\n');
    const header = activitiesCsvHeader();
    const expected = header.map(() => '');
    expected.splice(0, 7, '7', '2026-05-19', '"Hills, then flat"', 'run', '3600', '12.35', '71.2');
    expected[header.indexOf('Normalised graded pace (s/km)')] = '291.6';
    expected[header.indexOf('Aerobic decoupling (%)')] = '-2.4';
    expect(row).toBe(expected.join(','));
  });
});
