import { describe, expect, it } from 'vitest';
import {
  inferRaceType,
  raceNameWithPriority,
  splitPrioritySuffix,
} from '../../../../src-main/common/domain/events/race-details';

describe('inferRaceType', () => {
  it.each([
    ['Harbour City Marathon', 'marathon'],
    ['Riverside Half Marathon', 'half-marathon'],
    ['Riverside half-marathon', 'half-marathon'],
    ['Riverside Half', 'half-marathon'],
    ['City 21 km', 'half-marathon'],
    ['City 21.1K', 'half-marathon'],
    ['Canal Path 10K', '10k'],
    ['Bridges 10 km', '10k'],
    ['Lakeside 70.3', '70.3'],
    ['Lakeside Half Ironman', '70.3'],
    ['Lakeside half-ironman', '70.3'],
    ['Northshore IRONMAN', 'ironman'],
    ['Northshore 140.6', 'ironman'],
    ['Granite Pass Gran Fondo', 'gran-fondo'],
    ['Granite Pass Granfondo', 'gran-fondo'],
    ['Medio Fondo delle Colline', 'gran-fondo'],
    ['Spring Sportive 100', 'gran-fondo'],
  ])('reads "%s" as %s', (title, type) => {
    expect(inferRaceType(title)).toBe(type);
  });

  it('does not read a half marathon as a marathon, nor a half ironman as an Ironman', () => {
    expect(inferRaceType('HALF MARATHON')).toBe('half-marathon');
    expect(inferRaceType('Half Ironman Weymouth')).toBe('70.3');
  });

  it('finds no type in titles that name none, and does not read 10k inside a longer number', () => {
    expect(inferRaceType('Park 5K')).toBeNull();
    expect(inferRaceType('Bay Olympic Triathlon')).toBeNull();
    expect(inferRaceType('Valley Road Race 110 km')).toBeNull();
    expect(inferRaceType('Club 10-mile TT')).toBeNull();
    expect(inferRaceType('')).toBeNull();
  });
});

describe('splitPrioritySuffix', () => {
  it('takes a trailing "(X race)" off the title and returns its priority', () => {
    expect(splitPrioritySuffix('Riverside Half Marathon (B race)')).toEqual({
      title: 'Riverside Half Marathon',
      priority: 'B',
    });
    expect(splitPrioritySuffix('Harbour City Marathon  (a race) ')).toEqual({
      title: 'Harbour City Marathon',
      priority: 'A',
    });
    expect(splitPrioritySuffix('Club 10K (C race)')).toEqual({ title: 'Club 10K', priority: 'C' });
  });

  it('leaves titles alone without the suffix, with it mid-title, or with nothing before it', () => {
    expect(splitPrioritySuffix('Club 10K')).toEqual({ title: 'Club 10K', priority: null });
    expect(splitPrioritySuffix('Club 10K (B race) rescheduled')).toEqual({
      title: 'Club 10K (B race) rescheduled',
      priority: null,
    });
    expect(splitPrioritySuffix('Club 10K (D race)')).toEqual({ title: 'Club 10K (D race)', priority: null });
    expect(splitPrioritySuffix('(A race)')).toEqual({ title: '(A race)', priority: null });
  });
});

describe('raceNameWithPriority', () => {
  it('adds the priority as coaches say it, and nothing when it is unknown', () => {
    expect(raceNameWithPriority('Riverside Half', 'B')).toBe('Riverside Half (B race)');
    expect(raceNameWithPriority('Spring marathon', null)).toBe('Spring marathon');
  });
});
