// linebreak (pdfkit's line breaker, UAX #14) ships no types; this is the part of its API the PDF layer uses.
declare module 'linebreak' {
  export interface Break {
    /** Index (UTF-16) in the text where the next line may start. */
    position: number;
    /** A hard break: the text has a line break here ("\n"). */
    required: boolean;
  }
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): Break | null;
  }
}
