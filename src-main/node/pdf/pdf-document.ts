import PDFDocument from 'pdfkit';
import { printableText } from './font-runs';
import { breakLines, type Measure } from './line-breaking';
import { registerPdfFonts, type FontWeight, type PdfFonts } from './pdf-fonts';

/**
 * A small document layer over pdfkit for the app's printable reports (plan exports, call briefs).
 *
 *   const pdf = createPdfDocument({ title: 'Marathon block', createdAt: fixedDate, footer: 'Ana Ruiz' });
 *   pdf.title('Marathon block', 'Ana Ruiz · 18 weeks');   // big heading + optional muted subtitle
 *   pdf.heading('Week 3');                               // section heading (keeps itself with what follows)
 *   pdf.paragraph('Easy week after the race.', { muted: true });
 *   pdf.keyValues([['Race', 'Valencia Marathon'], ['Date', '2027-04-18']]);
 *   pdf.table([{ header: 'Day', width: 1 }, { header: 'Session', width: 4 }], rows);  // header repeats on each page
 *   pdf.pageBreak();
 *   const bytes = await pdf.finish();                    // Uint8Array; footers "footer · Page i of n" drawn here
 *
 * A4 portrait. Text is set in embedded Unicode fonts with a fallback chain (pdf-fonts.ts), so every
 * name prints as written: "Łukasz Wójcik", "Γιώργος", "Анна", "田中 花子", "김민준". Only the glyphs
 * used are embedded. Output is byte-for-byte deterministic for the same calls: creation and modification
 * dates come from `createdAt`, never from the clock, and the file ID pdfkit derives from the document
 * info follows from them.
 */
export interface PdfDocumentOptions {
  title: string;
  createdAt: Date;
  /** Left part of every page's footer, e.g. the athlete's name; the page numbers are always added. */
  footer?: string;
  author?: string;
  subject?: string;
}

export interface PdfColumn {
  header: string;
  /** Relative width: columns share the text width in proportion to these numbers. */
  width: number;
  align?: 'left' | 'right' | 'center';
}

export interface PdfDocumentBuilder {
  title(text: string, subtitle?: string): void;
  heading(text: string): void;
  paragraph(text: string, options?: { muted?: boolean; bold?: boolean }): void;
  keyValues(pairs: readonly (readonly [string, string])[]): void;
  table(columns: readonly PdfColumn[], rows: readonly (readonly string[])[]): void;
  pageBreak(): void;
  finish(): Promise<Uint8Array>;
}

const MARGIN = 50;
const FOOTER_GAP = 28;
const CELL_PADDING = 3;
const INK = '#1f2328';
const MUTED = '#59636e';
const RULE = '#d0d7de';
const HEADER_FILL = '#eef1f4';
const TABLE_SIZE = 9;
/** The smallest size a table cell shrinks to so that no word breaks in the middle ("Wee" / "k"). */
const MIN_TABLE_SIZE = 7;

export function createPdfDocument(options: PdfDocumentOptions): PdfDocumentBuilder {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN + FOOTER_GAP, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: {
      Title: printableText(options.title),
      Author: printableText(options.author ?? 'Coach Workstation'),
      Subject: printableText(options.subject ?? ''),
      Creator: 'Coach Workstation',
      Producer: 'Coach Workstation (pdfkit)',
      CreationDate: options.createdAt,
      ModDate: options.createdAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  const fonts = registerPdfFonts(doc);
  const text = fontedText(doc, fonts);
  doc.fillColor(INK).font(fonts.fontName(0, 'regular')).fontSize(10);

  const width = () => doc.page.width - MARGIN * 2;
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  /** Starts a new page when less than `height` points are left, so blocks are not split awkwardly. */
  const ensureRoom = (height: number) => {
    if (doc.y + height > bottom()) doc.addPage();
  };

  const drawRow = (columns: readonly PdfColumn[], cells: readonly string[], header: boolean) => {
    const total = columns.reduce((sum, c) => sum + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * width());
    const weight: FontWeight = header ? 'bold' : 'regular';
    const texts = columns.map((_, i) => cells[i] ?? '');
    const styles = texts.map((t, i): TextStyle => ({
      weight,
      size: text.sizeToFitWords(t, weight, TABLE_SIZE, widths[i]! - CELL_PADDING * 2),
      color: INK,
    }));
    const height =
      Math.max(...texts.map((t, i) => text.height(t || ' ', styles[i]!, widths[i]! - CELL_PADDING * 2))) +
      CELL_PADDING * 2;
    if (doc.y + height > bottom()) return false;
    const top = doc.y;
    if (header) doc.rect(MARGIN, top, width(), height).fill(HEADER_FILL);
    let x = MARGIN;
    texts.forEach((cell, i) => {
      text.draw(cell, styles[i]!, x + CELL_PADDING, top + CELL_PADDING, {
        width: widths[i]! - CELL_PADDING * 2,
        align: columns[i]!.align ?? 'left',
      });
      x += widths[i]!;
    });
    doc
      .moveTo(MARGIN, top + height)
      .lineTo(MARGIN + width(), top + height)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
    doc.x = MARGIN;
    doc.y = top + height;
    return true;
  };

  return {
    title(title, subtitle) {
      text.draw(title, { weight: 'bold', size: 18, color: INK }, MARGIN, doc.y, { width: width() });
      if (subtitle)
        text.draw(subtitle, { weight: 'regular', size: 11, color: MUTED }, MARGIN, doc.y, { width: width() });
      doc.moveDown(0.8);
    },
    heading(heading) {
      // A heading alone at the foot of a page reads as a mistake: keep room for a few lines after it.
      ensureRoom(60);
      doc.moveDown(0.4);
      text.draw(heading, { weight: 'bold', size: 13, color: INK }, MARGIN, doc.y, { width: width() });
      doc.moveDown(0.3);
    },
    paragraph(paragraph, style = {}) {
      const paragraphStyle: TextStyle = {
        weight: style.bold ? 'bold' : 'regular',
        size: 10,
        color: style.muted ? MUTED : INK,
      };
      text.draw(paragraph, paragraphStyle, MARGIN, doc.y, { width: width() });
      doc.moveDown(0.4);
    },
    keyValues(pairs) {
      const keyWidth = 130;
      const keyStyle: TextStyle = { weight: 'bold', size: 10, color: MUTED };
      const valueStyle: TextStyle = { weight: 'regular', size: 10, color: INK };
      for (const [key, value] of pairs) {
        const height = Math.max(
          text.height(key, keyStyle, keyWidth - 8),
          text.height(value, valueStyle, width() - keyWidth),
          12,
        );
        ensureRoom(height);
        const top = doc.y;
        text.draw(key, keyStyle, MARGIN, top, { width: keyWidth - 8 });
        text.draw(value, valueStyle, MARGIN + keyWidth, top, { width: width() - keyWidth });
        doc.y = Math.max(doc.y, top + height) + 2;
      }
      doc.x = MARGIN;
      doc.moveDown(0.4);
    },
    table(columns, rows) {
      ensureRoom(40);
      if (
        !drawRow(
          columns,
          columns.map((c) => c.header),
          true,
        )
      ) {
        doc.addPage();
        drawRow(
          columns,
          columns.map((c) => c.header),
          true,
        );
      }
      for (const row of rows) {
        if (drawRow(columns, row, false)) continue;
        doc.addPage();
        drawRow(
          columns,
          columns.map((c) => c.header),
          true,
        );
        // A single row taller than a page is printed anyway, as a paragraph running on over the pages.
        if (!drawRow(columns, row, false))
          text.draw(row.join(' · '), { weight: 'regular', size: TABLE_SIZE, color: INK }, MARGIN, doc.y, {
            width: width(),
          });
      }
      doc.font(fonts.fontName(0, 'regular')).fontSize(10).moveDown(0.6);
    },
    pageBreak() {
      doc.addPage();
    },
    finish() {
      const range = doc.bufferedPageRange();
      for (let i = range.start; i < range.start + range.count; i++) {
        doc.switchToPage(i);
        const y = doc.page.height - MARGIN - 4;
        doc
          .moveTo(MARGIN, y - 6)
          .lineTo(doc.page.width - MARGIN, y - 6)
          .lineWidth(0.5)
          .strokeColor(RULE)
          .stroke();
        // Footers sit inside the bottom margin: drawn without line breaks, they never open a new page.
        const footer: TextStyle = { weight: 'regular', size: 8, color: MUTED };
        text.draw(options.footer ?? options.title, footer, MARGIN, y, { width: width() / 2, lineBreak: false });
        text.draw(`Page ${i + 1} of ${range.count}`, footer, MARGIN + width() / 2, y, {
          width: width() / 2,
          align: 'right',
          lineBreak: false,
        });
      }
      doc.end();
      return done;
    },
  };
}

interface TextStyle {
  weight: FontWeight;
  size: number;
  color: string;
}

interface DrawOptions {
  width: number;
  align?: 'left' | 'right' | 'center';
  /** false: one line (or one per "\n"), neither wrapped nor carried onto a new page, as for the footers. */
  lineBreak?: boolean;
}

/**
 * Text through the font chain. pdfkit wraps text one font at a time, so the lines are broken here, over
 * all of a text's runs at once (line-breaking.ts), and each run of each line is drawn at its own position:
 * a text that mixes fonts wraps, aligns and measures exactly like a text in one font. The runs of a line
 * share its baseline because the chain's fonts share their vertical metrics (resources/fonts/README.md).
 */
function fontedText(doc: PDFKit.PDFDocument, fonts: PdfFonts) {
  const setFont = (face: number, style: Pick<TextStyle, 'weight' | 'size'>) =>
    doc.font(fonts.fontName(face, style.weight)).fontSize(style.size);
  const measure =
    (style: Pick<TextStyle, 'weight' | 'size'>): Measure =>
    (face, value) =>
      setFont(face, style).widthOfString(value);
  const lines = (value: string, style: Pick<TextStyle, 'weight' | 'size'>, width: number) =>
    breakLines(fonts.runs(value, style.weight), measure(style), width);
  const lineHeight = (style: Pick<TextStyle, 'weight' | 'size'>) => setFont(0, style).currentLineHeight(true);

  return {
    /** Draws the text from (x, y); a paragraph that reaches the foot of the page goes on at the top of the next. */
    draw(value: string, style: TextStyle, x: number, y: number, options: DrawOptions) {
      const wraps = options.lineBreak !== false;
      const laidOut = lines(value, style, wraps ? options.width : Infinity);
      const height = lineHeight(style);
      doc.fillColor(style.color);
      let top = y;
      for (const line of laidOut) {
        if (wraps && top + height > doc.page.height - doc.page.margins.bottom) {
          doc.addPage();
          doc.fillColor(style.color);
          top = doc.y;
        }
        const free = options.width - line.width;
        const start = x + (options.align === 'right' ? free : options.align === 'center' ? free / 2 : 0);
        for (const run of line.runs) setFont(run.face, style).text(run.text, start + run.x, top, { lineBreak: false });
        top += height;
      }
      doc.x = x;
      doc.y = top;
    },
    /**
     * `size`, or smaller (down to MIN_TABLE_SIZE) when a word is wider than `width` and would be broken
     * inside. Only single-font Latin/Greek/Cyrillic words count: CJK text may break between any characters.
     */
    sizeToFitWords(value: string, weight: FontWeight, size: number, width: number): number {
      let widest = 0;
      for (const word of value.split(/\s+/)) {
        const runs = fonts.runs(word, weight);
        if (runs.length !== 1 || runs[0]!.face !== 0) continue;
        widest = Math.max(widest, measure({ weight, size })(0, runs[0]!.text));
      }
      return widest > width ? Math.max(MIN_TABLE_SIZE, (size * width) / widest) : size;
    },
    /** The height the text takes in `width`: `draw` lays it out the same way. */
    height(value: string, style: Pick<TextStyle, 'weight' | 'size'>, width: number): number {
      return lines(value, style, width).length * lineHeight(style);
    },
  };
}
