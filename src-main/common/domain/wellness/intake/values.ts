import {
  MAX_NOTE_LENGTH,
  NUMERIC_FIELDS,
  SCALE_BOUNDS,
  isSubjective,
  toFivePointScale,
  type SubjectiveScale,
  type WellnessField,
} from './fields';

export type CellResult = { ok: true; value: number | string } | { ok: false; message: string };

export interface CellContext {
  scale: SubjectiveScale;
  /** Semicolon- and tab-separated files come from locales that write "7,5" for 7.5. */
  decimalComma: boolean;
}

/** A non-empty cell as the value of `target`, converted to our units and checked against its range. */
export function parseFieldCell(cell: string, target: WellnessField | 'hrv_ln_rmssd', ctx: CellContext): CellResult {
  const text = cell.trim();
  if (target === 'note') {
    if (text.length > MAX_NOTE_LENGTH)
      return { ok: false, message: `note is ${text.length} characters long; at most ${MAX_NOTE_LENGTH}` };
    return { ok: true, value: text };
  }
  if (target === 'sleep_hours' && /^\d{1,2}:\d{2}$/.test(text)) {
    const [h, m] = text.split(':').map(Number) as [number, number];
    if (m > 59) return { ok: false, message: `"${text}" is not a duration in hours:minutes` };
    return inRange(h + m / 60, 'sleep_hours', text);
  }
  const n = parseNumber(text, ctx.decimalComma);
  if (n === null) return { ok: false, message: `"${text}" is not a number` };
  if (target === 'hrv_ln_rmssd') {
    // ln rMSSD of real readings lies between ~1.6 (5 ms) and ~5.7 (300 ms); e^x gives milliseconds back.
    return inRange(Math.round(Math.exp(n) * 100) / 100, 'hrv_rmssd', text, `ln rMSSD ${text} = `);
  }
  if (isSubjective(target)) {
    const { min, max } = SCALE_BOUNDS[ctx.scale];
    if (n < min || n > max)
      return { ok: false, message: `${NUMERIC_FIELDS[target].label} ${text} is outside the file's ${ctx.scale} scale` };
    return { ok: true, value: toFivePointScale(n, ctx.scale) };
  }
  const checked = inRange(n, target, text);
  // ln rMSSD of a real reading is 1.6–5.7: a column of such values was meant as its log, not as ms.
  if (!checked.ok && target === 'hrv_rmssd' && n > 0 && n < 7) {
    return { ok: false, message: `${checked.message}; if the column holds ln rMSSD, map it as "HRV as ln rMSSD"` };
  }
  return checked;
}

function inRange(value: number, field: keyof typeof NUMERIC_FIELDS, text: string, prefix = ''): CellResult {
  const spec = NUMERIC_FIELDS[field];
  if (value < spec.min || value > spec.max) {
    const shown = prefix ? `${prefix}${round(value)} ${spec.unit}` : `${text} ${spec.unit}`;
    return { ok: false, message: `${spec.label} ${shown} is outside ${spec.min}–${spec.max} ${spec.unit}` };
  }
  return { ok: true, value: round(value) };
}

/** Plain decimal numbers only: "1e3", "0x10" or "12 ms" are not what a wellness app writes. */
export function parseNumber(text: string, decimalComma: boolean): number | null {
  const normalised = decimalComma ? text.replace(',', '.') : text;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(normalised)) return null;
  const n = Number(normalised);
  return Number.isFinite(n) ? n : null;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
