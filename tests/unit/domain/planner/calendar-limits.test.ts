import { describe, expect, it } from 'vitest';
import { eventDayLimits } from '../../../../src-main/common/domain/planner/calendar-limits';
import type { WeekdayHours } from '../../../../src-main/common/domain/planner/types';

const availability: WeekdayHours = [0, 1.5, 1.5, 1, 1.5, 2.5, 3.5];

describe('eventDayLimits', () => {
  it('makes illness rest and then three easy days, leaves an hour on travel days and allows only easy sessions with an injury', () => {
    const limits = eventDayLimits(
      [
        { kind: 'illness', startDate: '2026-12-14', endDate: '2026-12-15', title: 'Flu' },
        { kind: 'travel', startDate: '2026-12-19', endDate: '2026-12-20', title: 'Flight' },
        { kind: 'injury', startDate: '2026-12-22', endDate: '2026-12-22', title: 'Calf' },
      ],
      availability,
      '2026-12-14',
      '2027-04-17',
      '2026-12-07',
    );
    expect(limits).toEqual([
      { date: '2026-12-14', hours: 0, reason: 'illness: Flu' },
      { date: '2026-12-15', hours: 0, reason: 'illness: Flu' },
      { date: '2026-12-16', easyOnly: true, reason: 'return after illness: Flu' },
      { date: '2026-12-17', easyOnly: true, reason: 'return after illness: Flu' },
      { date: '2026-12-18', easyOnly: true, reason: 'return after illness: Flu' },
      { date: '2026-12-19', hours: 1, reason: 'travel: Flight' },
      { date: '2026-12-20', hours: 1, reason: 'travel: Flight' },
      { date: '2026-12-22', easyOnly: true, reason: 'injury: Calf' },
    ]);
  });

  it("keeps the stricter limit where events overlap: rest over travel, travel's hour over an easy return day", () => {
    const limits = eventDayLimits(
      [
        { kind: 'travel', startDate: '2026-12-15', endDate: '2026-12-17', title: 'Trip' },
        { kind: 'illness', startDate: '2026-12-16', endDate: '2026-12-16', title: 'Cold' },
      ],
      availability,
      '2026-12-14',
      '2027-04-17',
      '2026-12-07',
    );
    expect(limits.map((l) => [l.date, l.hours])).toEqual([
      ['2026-12-15', 1],
      ['2026-12-16', 0],
      ['2026-12-17', 1],
      ['2026-12-18', undefined],
      ['2026-12-19', undefined],
    ]);
  });

  it('limits the first three days still to plan for an open injury, also when the block starts later', () => {
    const open = [{ kind: 'injury' as const, startDate: '2026-11-29', endDate: null, title: 'Left Achilles sore' }];
    expect(eventDayLimits(open, availability, '2026-12-14', '2027-04-17', '2026-12-07').map((l) => l.date)).toEqual([
      '2026-12-14',
      '2026-12-15',
      '2026-12-16',
    ]);
    expect(eventDayLimits(open, availability, '2026-12-07', '2027-04-17', '2026-12-07').map((l) => l.date)).toEqual([
      '2026-12-07',
      '2026-12-08',
      '2026-12-09',
    ]);
  });

  it('rests an open illness for the first three days still to plan, then grades the return with three easy days', () => {
    const open = [{ kind: 'illness' as const, startDate: '2026-12-05', endDate: null, title: 'Head cold' }];
    expect(eventDayLimits(open, availability, '2026-12-07', '2027-04-17', '2026-12-07')).toEqual([
      { date: '2026-12-07', hours: 0, reason: 'illness: Head cold' },
      { date: '2026-12-08', hours: 0, reason: 'illness: Head cold' },
      { date: '2026-12-09', hours: 0, reason: 'illness: Head cold' },
      { date: '2026-12-10', easyOnly: true, reason: 'return after illness: Head cold' },
      { date: '2026-12-11', easyOnly: true, reason: 'return after illness: Head cold' },
      { date: '2026-12-12', easyOnly: true, reason: 'return after illness: Head cold' },
    ]);
  });
});
