import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildPlanPdf } from '../../../src-main/node/export/plan-pdf';
import { FIXED_STAMP, fixedPlan, HR_ZONE_2_STEP } from '../../unit/domain/export/export-fixture';
import { expectGolden } from '../../unit/domain/export/golden';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'coach-plan-pdf-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function text(bytes: Uint8Array): string {
  const path = join(dir, 'plan.pdf');
  writeFileSync(path, bytes);
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

const range = { from: '2027-01-04', to: '2027-01-17' };

describe('plan PDF', () => {
  it('prints the block: phases, weekly targets and every session with its steps (text golden)', async () => {
    const plan = fixedPlan();
    const bytes = await buildPlanPdf(plan, { range, createdAt: FIXED_STAMP });
    const content = text(bytes);
    for (const heading of [
      'Half marathon 2027: 2-week sample',
      'Phases',
      'Weekly targets',
      'Week 1 · base',
      'Week 2 · build',
    ])
      expect(content).toContain(heading);
    for (const session of plan.sessions) expect(content).toContain(session.name.slice(0, 14));
    expect(content).toContain('229–242 W');
    // pdftotext keeps the table cell's words; the HR zone carries the athlete's beats as in every export.
    expect(content).toContain(HR_ZONE_2_STEP);
    expect(content).toContain('Planned distance');
    const week1 = plan.weeks[0]!.plannedDistanceKm;
    expect(content).toContain(`distance: Run ${week1.run!.toFixed(1)} km · Swim ${week1.swim!.toFixed(1)} km`);
    expect(content).not.toContain('Coach notes');
    expectGolden('plan-block.pdf.txt', content);
    // Same input, same bytes: the creation date comes from the export, not the clock.
    expect(Buffer.from(await buildPlanPdf(plan, { range, createdAt: FIXED_STAMP })).equals(Buffer.from(bytes))).toBe(
      true,
    );
    const path = join(dir, 'plan.pdf');
    execFileSync('pdftoppm', ['-png', '-r', '40', path, join(dir, 'page')]);
    expect(readdirSync(dir).filter((f) => f.startsWith('page') && f.endsWith('.png')).length).toBeGreaterThanOrEqual(2);
  });

  it('prints one week only, and coach notes only when given', async () => {
    const content = text(
      await buildPlanPdf(fixedPlan({ coachNotes: ['Week 2: capped by the ramp limit'] }), {
        range,
        week: 2,
        createdAt: FIXED_STAMP,
      }),
    );
    expect(content).toContain('Half marathon 2027: 2-week sample · week 2');
    expect(content).toContain('Supra-threshold');
    expect(content).not.toContain('Sweet spot 2');
    expect(content).toContain('Coach notes');
    expect(content).toContain('capped by the ramp limit');
    await expect(buildPlanPdf(fixedPlan(), { range, week: 5, createdAt: FIXED_STAMP })).rejects.toThrow(
      'The plan has weeks 1–2; there is no week 5',
    );
  });
});
