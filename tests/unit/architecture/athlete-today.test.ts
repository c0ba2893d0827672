import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Screens about one athlete date things by that athlete's calendar: the main process sends its today
 * (plans, briefs, the roster's rows) and the athlete page reads it from features/athlete/athlete-today,
 * which computes it from the athlete's zone. The computer's clock gives the coach's day instead, a day off
 * for an athlete far away, so reading it there is refused here. The roster, imports, workouts and settings
 * are not about one athlete and are not scanned.
 */
const root = join(import.meta.dirname, '..', '..', '..');
const ATHLETE_SCOPED = ['athlete', 'briefs', 'planner', 'export', 'inbox'].map((screen) =>
  join('src-renderer', 'features', screen),
);
/** Where the athlete's today is made, from the clock and the athlete's zone. */
const TODAY_SOURCE = join('src-renderer', 'features', 'athlete', 'athlete-today.tsx');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const CLOCK_READS: { what: string; pattern: RegExp }[] = [
  { what: 'the computer’s today (todayIso)', pattern: /\btodayIso\b/ },
  { what: 'the clock (new Date() without an instant)', pattern: /new Date\(\s*\)/ },
  { what: 'the clock (Date.now)', pattern: /\bDate\.now\b/ },
  { what: 'the computer’s zone (getTimezoneOffset)', pattern: /\.getTimezoneOffset\(/ },
];

function violations(files: readonly string[], read: (file: string) => string): string[] {
  return files.flatMap((file) =>
    read(file)
      .split('\n')
      .flatMap((line, i) =>
        CLOCK_READS.filter((r) => r.pattern.test(line)).map(
          (r) => `${relative(root, file)}:${i + 1} reads ${r.what}: ${line.trim()}`,
        ),
      ),
  );
}

describe('the athlete’s today on athlete screens', () => {
  it('leaves the computer’s clock and zone to athlete-today.tsx on every screen about one athlete', () => {
    const files = ATHLETE_SCOPED.flatMap((dir) => sourceFiles(join(root, dir))).filter(
      (file) => relative(root, file) !== TODAY_SOURCE,
    );
    expect(files.length).toBeGreaterThan(50);
    expect(violations(files, (file) => readFileSync(file, 'utf8'))).toEqual([]);
  });

  it('catches each way of reading the computer’s day (the scan itself works)', () => {
    const copies: Record<string, string> = {
      'a.tsx': 'const [date, setDate] = useState(todayIso());',
      'b.tsx': 'const today = new Date().toISOString().slice(0, 10);',
      'c.tsx': 'const [openedAt] = useState(() => Date.now());',
      'd.tsx': 'const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);',
    };
    const found = violations(Object.keys(copies), (file) => copies[file]!);
    expect(found.map((v) => v.split(':')[0])).toEqual(Object.keys(copies).map((file) => relative(root, file)));
    expect(
      violations(['ok.tsx'], () => 'const today = useAthleteToday(); const at = new Date(activity.startTime);'),
    ).toEqual([]);
  });
});
