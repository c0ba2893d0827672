import { describe, expect, it } from 'vitest';
import { weekDistanceLines } from '../../../src-renderer/features/planner/plan-format';

describe('a plan week’s distance lines', () => {
  const week = { targetDistanceKm: { run: 42.3, bike: 120, swim: 3.2 }, actualDistanceKm: null };

  it('shows planned km for run and bike and metres for swims before the week starts', () => {
    expect(weekDistanceLines(week, 'metric')).toEqual([
      { sport: 'run', text: '42.3 km' },
      { sport: 'bike', text: '120.0 km' },
      { sport: 'swim', text: '3200 m' },
    ]);
  });

  it('uses miles and yards in imperial units', () => {
    expect(weekDistanceLines(week, 'imperial')).toEqual([
      { sport: 'run', text: '26.3 mi' },
      { sport: 'bike', text: '74.6 mi' },
      { sport: 'swim', text: '3500 yd' },
    ]);
  });

  it('puts what was done beside the plan once the week has started, a dash where a side has none', () => {
    expect(
      weekDistanceLines({ targetDistanceKm: { run: 30 }, actualDistanceKm: { run: 18.4, bike: 35.2 } }, 'metric'),
    ).toEqual([
      { sport: 'run', text: '30.0 km / 18.4 km' },
      { sport: 'bike', text: '— / 35.2 km' },
    ]);
    expect(weekDistanceLines({ targetDistanceKm: { swim: 2.5 }, actualDistanceKm: {} }, 'metric')).toEqual([
      { sport: 'swim', text: '2500 m / —' },
    ]);
  });

  it('has no lines for a week without distance', () => {
    expect(weekDistanceLines({ targetDistanceKm: {}, actualDistanceKm: null }, 'metric')).toEqual([]);
  });
});
