import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildTrainerFile } from '../../../../src-main/common/domain/export/erg-mrc';
import { workoutHtml, workoutSheet, workoutText } from '../../../../src-main/common/domain/export/workout-text';
import { buildZwo } from '../../../../src-main/common/domain/export/zwo';
import { expandWorkout } from '../../../../src-main/common/domain/workouts/expand-workout';
import { fixedPlan, HR_ZONE_2_STEP, libraryWorkout, OVER_125, THRESHOLDS } from './export-fixture';
import { expectGolden } from './golden';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseAttributeValue: false });
interface ZwoNode {
  [key: string]: string | ZwoNode | ZwoNode[];
}

function zwoBlocks(xml: string): { tag: string; attrs: Record<string, string> }[] {
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true }).parse(
    xml,
  ) as ZwoNode[];
  const file = parsed.find((n) => 'workout_file' in n)!['workout_file'] as ZwoNode[];
  const workout = file.find((n) => 'workout' in n)!['workout'] as ZwoNode[];
  return workout.map((n) => {
    const tag = Object.keys(n).find((k) => k !== ':@')!;
    return { tag, attrs: (n[':@'] ?? {}) as Record<string, string> };
  });
}

function zwoSeconds(blocks: ReturnType<typeof zwoBlocks>): number {
  return blocks.reduce(
    (sum, b) =>
      sum +
      (b.tag === 'IntervalsT'
        ? Number(b.attrs.Repeat) * (Number(b.attrs.OnDuration) + Number(b.attrs.OffDuration))
        : Number(b.attrs.Duration)),
    0,
  );
}

function plannedSeconds(def: Parameters<typeof expandWorkout>[0]): number {
  return expandWorkout(def, THRESHOLDS).steps.reduce((sum, s) => sum + s.seconds, 0);
}

describe('Zwift .zwo', () => {
  it('writes a bike workout Zwift reads: ramps for warm-up and cool-down, IntervalsT for on/off repeats, the planned total time', () => {
    const def = libraryWorkout('bike-sweet-spot-2x20');
    const xml = buildZwo(def, THRESHOLDS);
    const doc = parser.parse(xml) as { workout_file: { name: string; sportType: string } };
    expect(doc.workout_file.name).toBe(def.name);
    expect(doc.workout_file.sportType).toBe('bike');
    const blocks = zwoBlocks(xml);
    expect(blocks.map((b) => b.tag)).toEqual(['Warmup', 'IntervalsT', 'Cooldown']);
    expect(blocks[0]!.attrs).toMatchObject({ Duration: '900', PowerLow: '0.5', PowerHigh: '0.65' });
    expect(blocks[1]!.attrs).toMatchObject({
      Repeat: '2',
      OnDuration: '1200',
      OffDuration: '300',
      OnPower: '0.905',
      OffPower: '0.525',
    });
    // Zwift's Cooldown runs from PowerLow down to PowerHigh.
    expect(blocks[2]!.attrs).toMatchObject({ Duration: '600', PowerLow: '0.55', PowerHigh: '0.4' });
    expect(zwoSeconds(blocks)).toBe(plannedSeconds(def));
    expectGolden('sweet-spot-2x20.zwo', xml);
  });

  it('keeps 125 % as exactly 1.25, and an open lap-button cool-down as a free ride of the planned length', () => {
    const blocks = zwoBlocks(buildZwo(OVER_125, THRESHOLDS));
    expect(blocks.map((b) => b.tag)).toEqual(['Warmup', 'IntervalsT', 'FreeRide']);
    expect(blocks[1]!.attrs.OnPower).toBe('1.25');
    expect(blocks[2]!.attrs.Duration).toBe('600');
    expect(zwoSeconds(blocks)).toBe(plannedSeconds(OVER_125));
  });

  it('writes run workouts as % of threshold speed against a reference pace, distances as their planned time', () => {
    const def = libraryWorkout('run-threshold-5x1k');
    const xml = buildZwo(def, THRESHOLDS);
    expect((parser.parse(xml) as { workout_file: { sportType: string } }).workout_file.sportType).toBe('run');
    const blocks = zwoBlocks(xml);
    for (const b of blocks.filter((b) => b.tag !== 'FreeRide')) expect(b.attrs.pace).toBe('2');
    expect(Math.abs(zwoSeconds(blocks) - plannedSeconds(def))).toBeLessThanOrEqual(blocks.length);
    expectGolden('threshold-5x1k-run.zwo', xml);
  });

  it('escapes markup in names, descriptions and cues, and drops characters XML cannot hold', () => {
    const tricky = `Tom & Jerry's <"fast"> 2×20\u0001`;
    const base = libraryWorkout('bike-sweet-spot-2x20');
    const def = {
      ...base,
      name: tricky,
      description: `${tricky} notes`,
      steps: base.steps.map((s) => (s.kind === 'step' ? { ...s, note: tricky } : s)),
    };
    const xml = buildZwo(def, THRESHOLDS, tricky);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<name>Tom &amp; Jerry&apos;s &lt;&quot;fast&quot;&gt; 2×20</name>');
    const doc = parser.parse(xml) as { workout_file: { name: string; author: string; description: string } };
    const clean = tricky.replace('\u0001', '');
    expect(doc.workout_file).toMatchObject({ name: clean, author: clean, description: `${clean} notes` });
    const cues = [...xml.matchAll(/message="([^"]*)"/g)].map((m) => m[1]!);
    expect(cues.some((c) => c.includes('Tom &amp; Jerry&apos;s &lt;&quot;fast&quot;&gt;'))).toBe(true);
  });

  it('refuses sports Zwift cannot run', () => {
    expect(() => buildZwo(libraryWorkout('swim-css-10x100'), THRESHOLDS)).toThrow(
      /bike and run sessions; "CSS 10×100 m" is a swim workout/,
    );
  });
});

describe('ERG and MRC trainer files', () => {
  it("computes watts and percentages from the plan's own targets: 125 % of 260 W is 325 W and 125", () => {
    const erg = buildTrainerFile('erg', OVER_125, THRESHOLDS);
    const mrc = buildTrainerFile('mrc', OVER_125, THRESHOLDS);
    expect(erg).toContain('FTP = 260');
    expect(erg).toMatch(/\r\n10\.00\t325\r\n14\.00\t325\r\n/);
    expect(mrc).toMatch(/\r\n10\.00\t125\r\n14\.00\t125\r\n/);
    expectGolden('supra-threshold-125.erg', erg);
    expectGolden('supra-threshold-125.mrc', mrc);
  });

  it('ends at the planned duration and ramps the warm-up', () => {
    const def = libraryWorkout('bike-vo2-30-30');
    const mrc = buildTrainerFile('mrc', def, THRESHOLDS);
    const data = mrc
      .split('[COURSE DATA]\r\n')[1]!
      .split('\r\n[END COURSE DATA]')[0]!
      .split('\r\n')
      .map((l) => l.split('\t').map(Number));
    expect(data[0]).toEqual([0, 50]);
    expect(data[1]).toEqual([15, 65]);
    expect(data.at(-1)![0]).toBeCloseTo(plannedSeconds(def) / 60, 2);
  });

  it('says why a file cannot be made', () => {
    expect(() => buildTrainerFile('erg', OVER_125, { lthr: 170 })).toThrow(/no FTP on record: set one, or export MRC/);
    expect(() => buildTrainerFile('mrc', libraryWorkout('run-long'), THRESHOLDS)).toThrow(
      /indoor bike trainers; "Long run" is a run workout/,
    );
  });
});

describe('readable workout sheets', () => {
  it("puts the athlete's own numbers after each relative target", () => {
    const plan = fixedPlan();
    const session = plan.sessions.find((s) => s.id === 101)!;
    const text = workoutText(workoutSheet(session, THRESHOLDS));
    expect(text).toContain('- Warm-up 15 min @ 50–65 % FTP (130–169 W) (build gradually)');
    expect(text).toContain(
      '2 × (20 min @ 88–93 % FTP (229–242 W) (sweet spot), Recovery 5 min @ 50–55 % FTP (130–143 W))',
    );
    expectGolden('sweet-spot-2x20.txt', text);
    const html = workoutHtml(
      workoutSheet(
        plan.sessions.find((s) => s.id === 103)!,
        THRESHOLDS,
      ),
    );
    expect(html).toContain('<li>Warm-up 400 m @ 80–88 % CSS (1:59–1:48 /100 m) (easy, mixed strokes)</li>');
    expectGolden('css-10x100.html', html);
  });

  it("gives heart-rate zone targets in the athlete's beats, zone 1 and 5 open-ended (text and HTML)", () => {
    const session = fixedPlan().sessions.find((s) => s.id === 110)!;
    const text = workoutText(workoutSheet(session, THRESHOLDS));
    expect(text).toContain(`- ${HR_ZONE_2_STEP} (stay in zone 2, walk hills if needed)`);
    expect(text).toContain('- Warm-up 10 min @ HR zone 1 (≤ 145 bpm) (ease in)');
    expect(workoutHtml(workoutSheet(session, THRESHOLDS))).toContain(
      `<li>${HR_ZONE_2_STEP} (stay in zone 2, walk hills if needed)</li>`,
    );
    // On the bike, Friel's cycling table: zone 2 from 81 % of LTHR; zone 5 has no ceiling. Power zones in watts.
    const bike = { ...session, definition: { ...session.definition, sport: 'bike' as const } };
    expect(workoutText(workoutSheet(bike, THRESHOLDS))).toContain('Work 40 min @ HR zone 2 (139–154 bpm)');
    const zone5 = {
      ...session.definition,
      steps: [
        {
          kind: 'step' as const,
          intent: 'work' as const,
          duration: { type: 'time' as const, seconds: 120 },
          target: { type: 'hrZone' as const, zone: 5 },
          note: '',
        },
      ],
    };
    expect(workoutText(workoutSheet({ ...session, definition: zone5 }, THRESHOLDS))).toContain(
      'Work 2 min @ HR zone 5 (≥ 172 bpm)',
    );
    const power = {
      ...zone5,
      sport: 'bike' as const,
      steps: [{ ...zone5.steps[0]!, target: { type: 'powerZone' as const, zone: 2 } }],
    };
    expect(workoutText(workoutSheet({ ...session, definition: power }, THRESHOLDS))).toContain(
      'Work 2 min @ power zone 2 (143–194 W)',
    );
    // Without an LTHR the zone stays as written rather than guessed.
    expect(workoutText(workoutSheet(session, { ...THRESHOLDS, lthr: undefined }))).toContain(
      '- Work 40 min @ HR zone 2 (stay in zone 2',
    );
  });

  it('escapes HTML in names and notes', () => {
    const session = { ...fixedPlan().sessions[0]!, name: '<script>alert(1)</script>' };
    expect(workoutHtml(workoutSheet(session, THRESHOLDS))).not.toContain('<script>');
  });
});

describe('Zwift .zwo for sessions without power or pace targets', () => {
  it("writes heart-rate steps as free rides of the planned length with the coach's target as the cue", () => {
    const def = libraryWorkout('bike-endurance-hr');
    const xml = buildZwo(def, THRESHOLDS);
    const blocks = zwoBlocks(xml);
    expect(blocks.every((b) => b.tag === 'FreeRide')).toBe(true);
    expect(xml).toContain('message="HR zone');
    expect(zwoSeconds(blocks)).toBe(plannedSeconds(def));
  });
});
