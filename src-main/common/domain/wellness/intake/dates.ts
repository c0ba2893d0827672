/**
 * Dates as wellness apps write them. Numeric dates are read in one order per file: HRV4Training for
 * Android writes year-day-month ("2017-27-07", as GoldenCheetah's HRV import also reads it), and
 * d/m/y against m/d/y depends on the phone's locale. A part above 12 can only be a day, so any such
 * date settles the file's order; without one the file is ambiguous and the usual order is assumed
 * and reported, and the caller may choose the other.
 */
export type DateOrder = 'ymd' | 'ydm' | 'dmy' | 'mdy';

export const DATE_ORDER_LABELS: Record<DateOrder, string> = {
  ymd: 'year-month-day',
  ydm: 'year-day-month',
  dmy: 'day/month/year',
  mdy: 'month/day/year',
};

type Shape = 'year-first' | 'year-last';

interface DateParts {
  shape: Shape;
  year: number;
  /** The two parts other than the year, in the order written. */
  first: number;
  second: number;
}

const YEAR_FIRST = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?=$|[T\s])/;
const YEAR_LAST = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?=$|[T\s])/;

function splitDate(cell: string): DateParts | null {
  const text = cell.trim();
  let m = YEAR_FIRST.exec(text);
  if (m) return { shape: 'year-first', year: Number(m[1]), first: Number(m[2]), second: Number(m[3]) };
  m = YEAR_LAST.exec(text);
  if (m) return { shape: 'year-last', year: Number(m[3]), first: Number(m[1]), second: Number(m[2]) };
  return null;
}

export interface DateOrderDecision {
  order: Record<Shape, DateOrder>;
  /** Set when a shape occurs in the file but no date in it tells day from month. */
  ambiguity: string | null;
}

const ORDERS: Record<Shape, { dayFirst: DateOrder; monthFirst: DateOrder; usual: DateOrder }> = {
  'year-first': { dayFirst: 'ydm', monthFirst: 'ymd', usual: 'ymd' },
  'year-last': { dayFirst: 'dmy', monthFirst: 'mdy', usual: 'dmy' },
};

/** Decides, from every date cell of a file, in which order its numeric dates are written. */
export function decideDateOrder(cells: readonly string[], forced?: DateOrder): DateOrderDecision {
  const evidence: Record<Shape, { dayFirst: number; monthFirst: number; seen: number; example: string | null }> = {
    'year-first': { dayFirst: 0, monthFirst: 0, seen: 0, example: null },
    'year-last': { dayFirst: 0, monthFirst: 0, seen: 0, example: null },
  };
  for (const cell of cells) {
    const parts = splitDate(cell);
    if (!parts) continue;
    const e = evidence[parts.shape];
    e.seen++;
    e.example ??= cell.trim().split(/[T\s]/)[0]!;
    if (parts.first > 12 && parts.second <= 12) e.dayFirst++;
    if (parts.second > 12 && parts.first <= 12) e.monthFirst++;
  }
  const order = {} as Record<Shape, DateOrder>;
  const ambiguous: string[] = [];
  for (const shape of ['year-first', 'year-last'] as const) {
    const e = evidence[shape];
    const o = ORDERS[shape];
    if (forced && (forced === o.dayFirst || forced === o.monthFirst)) order[shape] = forced;
    else if (e.dayFirst > e.monthFirst) order[shape] = o.dayFirst;
    else if (e.monthFirst > e.dayFirst) order[shape] = o.monthFirst;
    else {
      order[shape] = o.usual;
      // Year-first without evidence is ISO 8601, which nearly every app writes; only d/m against m/d is a real guess.
      if (shape === 'year-last' && e.seen > 0)
        ambiguous.push(
          `dates such as ${e.example} were read as ${DATE_ORDER_LABELS[o.usual]}: no day above 12 in the file tells day from month`,
        );
    }
  }
  return { order, ambiguity: ambiguous.length > 0 ? ambiguous.join('; ') : null };
}

export type DateCellResult = { ok: true; date: string } | { ok: false; message: string };

/** A date cell as an ISO date, in the file's decided order; anything after the date (a time) is ignored here. */
export function parseDateCell(cell: string, decision: DateOrderDecision): DateCellResult {
  const parts = splitDate(cell);
  if (!parts) return { ok: false, message: `"${cell.trim()}" is not a date (expected e.g. 2026-03-02)` };
  const order = decision.order[parts.shape];
  const dayFirst = order === 'ydm' || order === 'dmy';
  const day = dayFirst ? parts.first : parts.second;
  const month = dayFirst ? parts.second : parts.first;
  if (parts.year < 1900 || parts.year > 2100)
    return { ok: false, message: `"${cell.trim()}": year ${parts.year} is out of range` };
  const iso = `${parts.year}-${pad(month)}-${pad(day)}`;
  const check = new Date(`${iso}T00:00:00Z`);
  if (month < 1 || month > 12 || Number.isNaN(check.getTime()) || check.toISOString().slice(0, 10) !== iso) {
    return { ok: false, message: `"${cell.trim()}" is not a calendar date when read as ${DATE_ORDER_LABELS[order]}` };
  }
  return { ok: true, date: iso };
}

const TIME = /(?:^|[T\s])(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([ap])\.?\s?m\.?)?/i;

/**
 * Minutes after midnight of a time written alone ("07:12") or after a date ("2017-04-01 09:56:21 +0000",
 * "2018-05-18 7:33:16 a. m. +0000" from a Spanish-locale iPhone). Null when there is none.
 */
export function parseTimeOfDay(cell: string): number | null {
  const m = TIME.exec(` ${cell.trim()}`);
  if (!m) return null;
  let hours = Number(m[1]);
  const minutes = Number(m[2]);
  const meridiem = m[4]?.toLowerCase();
  if (meridiem) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (meridiem === 'p' ? 12 : 0);
  }
  if (hours > 23 || minutes > 59) return null;
  return hours * 60 + minutes;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
