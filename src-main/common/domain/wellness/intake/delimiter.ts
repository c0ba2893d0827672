import { parse } from 'csv-parse/sync';

export const DELIMITERS = [',', ';', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export const DELIMITER_NAMES: Record<Delimiter, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

/**
 * The delimiter that splits the header line into the most columns. Null when every candidate leaves
 * it one column: then the file uses none of them (or has a single column, which cannot hold a date
 * and a value), and the caller reports a wrong delimiter on line 1.
 */
export function detectDelimiter(headerLine: string): Delimiter | null {
  let best: { delimiter: Delimiter; columns: number } | null = null;
  for (const delimiter of DELIMITERS) {
    let columns: number;
    try {
      const rows = parse(headerLine, {
        delimiter,
        relax_quotes: true,
        relax_column_count: true,
        to_line: 1,
      }) as string[][];
      columns = rows[0]?.length ?? 0;
    } catch {
      continue;
    }
    if (columns > 1 && (!best || columns > best.columns)) best = { delimiter, columns };
  }
  return best?.delimiter ?? null;
}
