import { describe, expect, it } from 'vitest';
import { TEMPLATE_HEADER, parseWellnessCsv } from '../../../../../src-main/common/domain/wellness/intake';
import { decodeCsvBytes } from '../../../../../src-main/common/domain/wellness/intake/text-encoding';

const csv = (...lines: string[]) => lines.join('\n');

describe('malformed wellness CSVs: bad rows are reported by line and skipped, good rows kept', () => {
  it('reports a header no delimiter splits as a wrong delimiter on line 1 and lists the expected columns', () => {
    const parsed = parseWellnessCsv(csv('date|hrv_rmssd|resting_hr', '2026-03-01|52|48'));
    expect(parsed.days).toEqual([]);
    expect(parsed.errors).toEqual([{ line: 1, message: expect.stringMatching(/^wrong delimiter/) }]);
    expect(parsed.errors[0]!.message).toContain(TEMPLATE_HEADER);
  });

  it('reports a row written with another delimiter than the header, and imports the rest', () => {
    const parsed = parseWellnessCsv(
      csv('date,hrv_rmssd,resting_hr', '2026-03-01,52,48', '2026-03-02;55;47', '2026-03-03,50,49'),
    );
    expect(parsed.errors).toEqual([
      { line: 3, message: expect.stringMatching(/^wrong delimiter: the row is one field.*comma-separated/) },
    ]);
    expect(parsed.days.map((d) => d.date)).toEqual(['2026-03-01', '2026-03-03']);
  });

  it('reports rows with missing columns by line, naming the columns', () => {
    const parsed = parseWellnessCsv(
      csv('date,hrv_rmssd,resting_hr,sleep_hours', '2026-03-01,52,48,7.5', '2026-03-02,55', '2026-03-03,50,49,8'),
    );
    expect(parsed.errors).toEqual([
      { line: 3, message: 'missing columns: 2 fields where the header has 4 (no resting_hr, sleep_hours)' },
    ]);
    expect(parsed.days).toHaveLength(2);
  });

  it('reports bad dates by line and column: impossible, unparseable and empty', () => {
    const parsed = parseWellnessCsv(
      csv('date,hrv_rmssd', '2026-02-28,52', '2026-02-30,53', 'yesterday,54', ',55', '2026-13-01,56', '2026-03-01,57'),
    );
    expect(parsed.errors.map((e) => [e.line, e.column])).toEqual([
      [3, 'date'],
      [4, 'date'],
      [5, 'date'],
      [6, 'date'],
    ]);
    expect(parsed.errors[0]!.message).toContain('not a calendar date');
    expect(parsed.errors[1]!.message).toBe('"yesterday" is not a date (expected e.g. 2026-03-02)');
    expect(parsed.errors[2]!.message).toBe('the date is missing');
    expect(parsed.days.map((d) => [d.date, d.hrvRmssd])).toEqual([
      ['2026-02-28', 52],
      ['2026-03-01', 57],
    ]);
  });

  it('reports every out-of-range value of a row with its column and skips the whole row', () => {
    const parsed = parseWellnessCsv(
      csv(
        'date,hrv_rmssd,resting_hr,sleep_hours,soreness,weight',
        '2026-03-01,52,48,7.5,2,70.2',
        '2026-03-02,400,10,7,2,70',
        '2026-03-03,50,49,20,7,70',
        '2026-03-04,4,49,8,3,12',
        '2026-03-05,51,50,abc,3,70.1',
      ),
    );
    expect(parsed.errors.map((e) => `${e.line}:${e.column}`)).toEqual([
      '3:hrv_rmssd',
      '3:resting_hr',
      '4:sleep_hours',
      '4:soreness',
      '5:hrv_rmssd',
      '5:weight',
      '6:sleep_hours',
    ]);
    expect(parsed.errors[0]!.message).toBe('HRV (rMSSD) 400 ms is outside 5–300 ms');
    expect(parsed.errors[3]!.message).toBe("Soreness 7 is outside the file's 1-5 scale");
    expect(parsed.errors[6]!.message).toBe('"abc" is not a number');
    expect(parsed.days).toEqual([
      {
        date: '2026-03-01',
        hrvRmssd: 52,
        restingHr: 48,
        sleepHours: 7.5,
        sleepQuality: null,
        soreness: 2,
        fatigue: null,
        mood: null,
        stress: null,
        weightKg: 70.2,
        note: null,
      },
    ]);
  });

  it('reports a header it does not know, naming what it expected', () => {
    const parsed = parseWellnessCsv(csv('Day,RMSSD,Pulse', '01.03.2026,52,48'));
    expect(parsed.format).toBeNull();
    expect(parsed.errors).toHaveLength(1);
    expect(parsed.errors[0]).toMatchObject({
      line: 1,
      message: expect.stringContaining('unknown header (Day, RMSSD, Pulse)'),
    });
    expect(parsed.errors[0]!.message).toContain(TEMPLATE_HEADER);
  });

  it('reports an unclosed quote on its line and keeps the rows before it', () => {
    const parsed = parseWellnessCsv(csv('date,hrv_rmssd,note', '2026-03-01,52,"fine"', '2026-03-02,53,"broken'));
    expect(parsed.days.map((d) => d.note)).toEqual(['fine']);
    expect(parsed.errors).toEqual([{ line: 3, message: expect.stringMatching(/^unreadable CSV: Quote Not Closed/) }]);
  });

  it('rejects a row with more values than the header instead of shifting them into the wrong columns', () => {
    const parsed = parseWellnessCsv(
      csv('date,hrv_rmssd,note', '2026-03-01,52,tired, sore legs', '2026-03-02,53,"tired, sore legs"'),
    );
    expect(parsed.errors).toEqual([
      { line: 2, message: '4 fields where the header has 3: quote values that contain a comma' },
    ]);
    expect(parsed.days[0]).toMatchObject({ date: '2026-03-02', note: 'tired, sore legs' });
  });
});

describe('wellness CSV template and column mapping', () => {
  it('reads semicolon files with decimal commas and tab-separated files', () => {
    const semicolon = parseWellnessCsv(csv('date;hrv_rmssd;sleep_hours', '2026-03-01;52,5;7,25'));
    expect(semicolon.delimiter).toBe(';');
    expect(semicolon.days[0]).toMatchObject({ hrvRmssd: 52.5, sleepHours: 7.25 });
    const tab = parseWellnessCsv(csv('date\tresting_hr\tmood', '2026-03-01\t47\t4'));
    expect(tab.delimiter).toBe('\t');
    expect(tab.days[0]).toMatchObject({ restingHr: 47, mood: 4 });
  });

  it('accepts any subset of the template columns in any order, case-insensitively', () => {
    const parsed = parseWellnessCsv(csv('Date,Note,Stress,Fatigue', '2026-03-01,Slept badly,4,3'));
    expect(parsed.format?.id).toBe('template');
    expect(parsed.days[0]).toMatchObject({ note: 'Slept badly', stress: 4, fatigue: 3 });
  });

  it('reads an unknown header through the caller’s mapping, converting ln rMSSD and a 1–10 scale', () => {
    const parsed = parseWellnessCsv(
      csv('Day,lnRMSSD,Pulse,Energy,Ignored', '2026-03-02,3.9512,48,10,x', '2026-03-03,4.1,47,1,y'),
      {
        columns: { Day: 'date', lnRMSSD: 'hrv_ln_rmssd', Pulse: 'resting_hr', Energy: 'mood' },
        scale: '1-10',
      },
    );
    expect(parsed.format?.id).toBe('custom');
    expect(parsed.errors).toEqual([]);
    // e^3.9512 = 52.0 ms; 10 on 1–10 is 5 on 1–5, 1 stays 1
    expect(parsed.days.map((d) => [d.hrvRmssd, d.restingHr, d.mood])).toEqual([
      [52, 48, 5],
      [60.34, 47, 1],
    ]);
  });

  it('rejects a mapping without exactly one date column or naming absent columns', () => {
    expect(parseWellnessCsv(csv('a,b', '2026-03-01,5'), { columns: { b: 'hrv_rmssd' } }).errors[0]!.message).toBe(
      'the mapping must name exactly one date column',
    );
    expect(parseWellnessCsv(csv('a,b', '2026-03-01,5'), { columns: { a: 'date', c: 'mood' } }).errors[0]!.message).toBe(
      'the mapping names columns the header lacks: c',
    );
  });

  it('settles day/month order per file from a day above 12, and reports when nothing does', () => {
    const dayFirst = parseWellnessCsv(csv('date,hrv_rmssd', '03/04/2026,50', '25/04/2026,51'));
    expect(dayFirst.mapping?.dateOrder).toBe('dmy');
    expect(dayFirst.days.map((d) => d.date)).toEqual(['2026-04-03', '2026-04-25']);
    expect(dayFirst.notices).toEqual([]);

    const monthFirst = parseWellnessCsv(csv('date,hrv_rmssd', '03/04/2026,50', '04/25/2026,51'));
    expect(monthFirst.mapping?.dateOrder).toBe('mdy');
    expect(monthFirst.days.map((d) => d.date)).toEqual(['2026-03-04', '2026-04-25']);

    const ambiguous = parseWellnessCsv(csv('date,hrv_rmssd', '03/04/2026,50'));
    expect(ambiguous.days[0]!.date).toBe('2026-04-03');
    expect(ambiguous.notices[0]!.message).toContain('read as day/month/year');

    const forced = parseWellnessCsv(csv('date,hrv_rmssd', '03/04/2026,50'), {
      columns: { date: 'date', hrv_rmssd: 'hrv_rmssd' },
      dateOrder: 'mdy',
    });
    expect(forced.days[0]!.date).toBe('2026-03-04');
  });

  it('keeps the earliest reading of a day and says which line it dropped', () => {
    const parsed = parseWellnessCsv(
      csv(
        'Member,Date,Datetime,Rmssd,HR',
        'A,2026-03-02,2026-03-02 18:10:00,70,60',
        'A,2026-03-02,2026-03-02 06:20:00,52,48',
      ),
    );
    expect(parsed.days).toHaveLength(1);
    expect(parsed.days[0]).toMatchObject({ hrvRmssd: 52, restingHr: 48 });
    expect(parsed.notices).toEqual([
      {
        line: 2,
        message: 'a second reading on 2 Mar 2026 (18:10) was not imported; the earlier one on line 3 (06:20) was kept',
      },
    ]);
  });
});

describe('a mapping over a known header', () => {
  it("keeps the writing app's quirks (placeholders, scale) while changing the columns", () => {
    const text = csv(
      'date,timestamp_measurement,HR,rMSSD,HRV4T_Recovery_Points,muscle_soreness',
      '2018-05-18,-,64.45,32.62,7.19,10',
    );
    const parsed = parseWellnessCsv(text, {
      columns: { date: 'date', rMSSD: 'hrv_rmssd', muscle_soreness: 'fatigue' },
    });
    expect(parsed.format).toEqual({ id: 'custom', label: 'HRV4Training (iPhone), columns as mapped' });
    // the 0–10 slider's 10 is 5 on our scale
    expect(parsed.days[0]).toMatchObject({ hrvRmssd: 32.62, fatigue: 5, soreness: null, restingHr: null });
  });
});

describe('ln rMSSD given as rMSSD', () => {
  it('is rejected with a hint to map the column as ln rMSSD', () => {
    const parsed = parseWellnessCsv(csv('date,hrv_rmssd', '2026-03-01,3.71'));
    expect(parsed.errors).toEqual([
      {
        line: 2,
        column: 'hrv_rmssd',
        message: 'HRV (rMSSD) 3.71 ms is outside 5–300 ms; if the column holds ln rMSSD, map it as "HRV as ln rMSSD"',
      },
    ]);
  });
});

describe('file encodings', () => {
  it('reads UTF-8, and falls back to Windows-1252 for a file re-saved by Excel', () => {
    const utf8 = new TextEncoder().encode('date,note\n2026-03-01,Spätabends gemessen\n');
    expect(parseWellnessCsv(decodeCsvBytes(utf8)).days[0]!.note).toBe('Spätabends gemessen');
    // "Spätabends" in Windows-1252: ä is the single byte 0xE4, invalid on its own in UTF-8
    const cp1252 = Uint8Array.from(
      [...'date,note\n2026-03-01,Sp']
        .map((c) => c.charCodeAt(0))
        .concat(0xe4, ...[...'tabends\n'].map((c) => c.charCodeAt(0))),
    );
    expect(parseWellnessCsv(decodeCsvBytes(cp1252)).days[0]!.note).toBe('Spätabends');
  });

  /** The text as UTF-16 code units, in either byte order, with or without a byte-order mark. */
  function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
    const units = [...(bom ? '\uFEFF' : ''), ...text].flatMap((c) =>
      [...Array(c.length).keys()].map((i) => c.charCodeAt(i)),
    );
    const view = new DataView(new ArrayBuffer(units.length * 2));
    units.forEach((unit, i) => view.setUint16(i * 2, unit, littleEndian));
    return new Uint8Array(view.buffer);
  }

  it.each([
    ['UTF-16 LE with a byte-order mark (Excel "Unicode text")', true, true],
    ['UTF-16 BE with a byte-order mark', false, true],
    ['UTF-16 LE without one', true, false],
    ['UTF-16 BE without one', false, false],
  ])('reads %s', (_, littleEndian, bom) => {
    const text = 'date\thrv_rmssd\tnote\n2026-03-01\t52\tSpätabends gemessen 🌙\n2026-03-02\t48\tĀ\n';
    const parsed = parseWellnessCsv(decodeCsvBytes(utf16(text, littleEndian, bom)));
    expect(parsed.errors).toEqual([]);
    expect(parsed.days.map((d) => [d.date, d.hrvRmssd, d.note])).toEqual([
      ['2026-03-01', 52, 'Spätabends gemessen 🌙'],
      ['2026-03-02', 48, 'Ā'],
    ]);
  });

  it('keeps a lone surrogate in UTF-16 as it is, for the import to refuse rather than turn into U+FFFD', () => {
    expect(decodeCsvBytes(utf16('date,note\n2026-03-01,a\uD83D b\n', true, true))).toBe(
      'date,note\n2026-03-01,a\uD83D b\n',
    );
  });
});

describe('error order', () => {
  it('lists errors in line order, unreadable records among the others', () => {
    const parsed = parseWellnessCsv(
      csv('date,hrv_rmssd,note', '2026-03-01,abc,x', '2026-03-02,50,ok', '2026-03-03,51,"open'),
    );
    expect(parsed.errors.map((e) => e.line)).toEqual([2, 4]);
  });
});
