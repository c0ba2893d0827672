import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every weekday name, clock and Intl formatter lives in src-main/common/format, so one value reads the same
 * in the domain's sentences, the renderer, the PDFs and the CLI. These scans fail when a local copy
 * comes back.
 */
const root = join(import.meta.dirname, '..', '..', '..');
const FORMAT_MODULE = join('src-main', 'common', 'format');
const SCANNED = ['src-main', 'src-renderer', 'bench', 'scripts', 'bin'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mjs|js)$/.test(name) ? [path] : [];
  });
}

const DAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?';
const RULES: { what: string; pattern: RegExp }[] = [
  // Two quoted weekday names in a row: the start of a weekday table ('Mon', 'Tue', … or "Sunday", "Monday", …).
  { what: 'a local weekday table', pattern: new RegExp(`['"\`]${DAY}['"\`]\\s*,\\s*['"\`]${DAY}['"\`]`) },
  // "${h}:${String(m).padStart(2, '0')}": an h:mm:ss or m:ss formatter of its own.
  { what: 'a local clock (h:mm:ss or m:ss) formatter', pattern: /\}:\$\{\s*(?:String\([^`]*\)|\w+)\.padStart\(2/ },
  // Dates, numbers and plurals through Intl belong to the module, which builds each formatter once.
  {
    what: 'a local Intl or toLocale* formatter',
    pattern: /new Intl\.(?:DateTimeFormat|NumberFormat|PluralRules)\b|\.toLocale(?:Date|Time)?String\(/,
  },
];

/**
 * Time-zone arithmetic reads offsets and the machine's zone through Intl.DateTimeFormat and displays
 * nothing: those files may construct one.
 */
const ZONE_ARITHMETIC = new Set([
  join('src-main', 'common', 'domain', 'time-zone.ts'),
  join('src-main', 'node', 'machine-time-zone.ts'),
]);
const INTL_RULE = RULES[2]!;

function violations(files: readonly string[], read: (file: string) => string): string[] {
  return files.flatMap((file) => {
    const rules = ZONE_ARITHMETIC.has(relative(root, file)) ? RULES.filter((r) => r !== INTL_RULE) : RULES;
    return read(file)
      .split('\n')
      .flatMap((line, i) =>
        rules
          .filter((r) => r.pattern.test(line))
          .map((r) => `${relative(root, file)}:${i + 1} has ${r.what}: ${line.trim()}`),
      );
  });
}

describe('one text formatter', () => {
  it('has no weekday table, clock formatter or Intl formatter outside src-main/common/format', () => {
    const files = SCANNED.flatMap((dir) => sourceFiles(join(root, dir))).filter(
      (file) => !relative(root, file).startsWith(FORMAT_MODULE),
    );
    expect(violations(files, (file) => readFileSync(file, 'utf8'))).toEqual([]);
  });

  it('catches each kind of copy (the scan itself works)', () => {
    const copies: Record<string, string> = {
      'a.ts': "const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];",
      'b.ts': 'const LONG = ["Monday", "Tuesday"];',
      'c.ts': "return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;",
      'd.ts': "return `${m}:${ss.padStart(2, '0')}`;",
      'e.ts': "new Date(iso).toLocaleDateString('en-GB', { day: 'numeric' })",
      'f.ts': "const f = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });",
    };
    const found = violations(Object.keys(copies), (file) => copies[file]!);
    expect(found.map((v) => v.split(':')[0])).toEqual(Object.keys(copies).map((file) => relative(root, file)));
    expect(violations(['ok.ts'], () => "const day = weekdayName(date, 'long'); const iso = `${y}-${pad(m)}`;")).toEqual(
      [],
    );
  });
});
