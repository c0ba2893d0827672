import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { RosterRow } from '../../../src-main/common/contract';
import { rosterColumns } from '../../../src-renderer/features/roster/roster-columns';

/** The markup of a roster cell for `row`, rendered as the table renders it. */
function cellHtml(columnId: string, row: Partial<RosterRow>): string {
  const cell = rosterColumns.find((c) => c.id === columnId)?.cell;
  if (typeof cell !== 'function') throw new Error(`no cell renderer for ${columnId}`);
  const render = cell as (context: {
    row: { original: Partial<RosterRow> };
  }) => Parameters<typeof renderToStaticMarkup>[0];
  return renderToStaticMarkup(createElement('div', null, render({ row: { original: row } })));
}

/** The text the cell shows (tags stripped). */
const cellText = (columnId: string, row: Partial<RosterRow>) => cellHtml(columnId, row).replace(/<[^>]+>/g, '');

const form = { id: 'grey' as const, label: 'Grey zone' };

describe('roster cells', () => {
  it('writes form with its sign, and zero without one (a rounded 0.3 is not "+0")', () => {
    expect(cellText('tsb', { tsb: 0.3, formZone: form })).toBe('0');
    expect(cellText('tsb', { tsb: -0.4, formZone: form })).toBe('0');
    expect(cellText('tsb', { tsb: 3.2, formZone: form })).toBe('+3');
    expect(cellText('tsb', { tsb: -23.4, formZone: form })).toBe('\u221223');
  });

  it('colours compliance by the stated rule and says which side of the plan it is on', () => {
    const compliance = (ratio: number, colour: 'green' | 'yellow' | 'red') => ({
      compliance: { ratio, colour, sessionsPlanned: 5, sessionsDone: 3, explanation: 'last 7 days: …' },
    });
    // Green reaches 120 %: a little more than planned is as planned, with no arrow.
    expect(cellText('compliance', compliance(1.1, 'green'))).toBe('110 % 3/5');
    // Past the margin the amber says "more than planned", as it says "less" below 80 %.
    expect(cellText('compliance', compliance(1.27, 'yellow'))).toBe('▲ 127 % 3/5');
    expect(cellText('compliance', compliance(0.65, 'yellow'))).toBe('▼ 65 % 3/5');
    const title = /title="([^"]*)"/.exec(cellHtml('compliance', compliance(1.27, 'yellow')))?.[1];
    expect(title).toBe(
      'last 7 days: …: more than planned. Colours: green 80–120 % of plan, amber 50–79 % or 121–150 %, red under 50 %, over 150 % or missed.',
    );
  });

  it('counts the last upload in the days the server counted on the athlete’s calendar', () => {
    // Uploaded 16:00Z: 01:00 the next day in Tokyo, where it is now 05:00 (20:00Z) — "today" for the athlete,
    // whatever day the coach's computer puts 16:00Z on.
    expect(
      cellText('lastUpload', { lastUploadAt: '2026-03-10T16:00:00Z', daysSinceUpload: 0, today: '2026-03-11' }),
    ).toBe('today');
    expect(
      cellText('lastUpload', { lastUploadAt: '2026-03-01T16:00:00Z', daysSinceUpload: 10, today: '2026-03-11' }),
    ).toBe('10 d ago');
  });
});
