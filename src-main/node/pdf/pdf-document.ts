import PDFDocument from 'pdfkit';
import { printableText } from './font-runs';
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
    const styles = texts.map((t, i) => ({
      weight,
      size: text.sizeToFitWords(t, weight, TABLE_SIZE, widths[i]! - CELL_PADDING * 2),
    }));
    const height =
      Math.max(...texts.map((t, i) => text.height(t || ' ', styles[i]!, widths[i]! - CELL_PADDING * 2))) +
      CELL_PADDING * 2;
    if (doc.y + height > bottom()) return false;
    const top = doc.y;
    if (header) doc.rect(MARGIN, top, width(), height).fill(HEADER_FILL);
    let x = MARGIN;
    texts.forEach((cell, i) => {
      doc.fillColor(INK);
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
      doc.fillColor(INK);
      text.draw(title, { weight: 'bold', size: 18 }, MARGIN, doc.y, { width: width() });
      if (subtitle) {
        doc.fillColor(MUTED);
        text.draw(subtitle, { weight: 'regular', size: 11 }, MARGIN, doc.y, { width: width() });
      }
      doc.fillColor(INK).moveDown(0.8);
    },
    heading(heading) {
      // A heading alone at the foot of a page reads as a mistake: keep room for a few lines after it.
      ensureRoom(60);
      doc.moveDown(0.4);
      doc.fillColor(INK);
      text.draw(heading, { weight: 'bold', size: 13 }, MARGIN, doc.y, { width: width() });
      doc.moveDown(0.3);
    },
    paragraph(paragraph, style = {}) {
      doc.fillColor(style.muted ? MUTED : INK);
      text.draw(paragraph, { weight: style.bold ? 'bold' : 'regular', size: 10 }, MARGIN, doc.y, { width: width() });
      doc.fillColor(INK).moveDown(0.4);
    },
    keyValues(pairs) {
      const keyWidth = 130;
      const keyStyle: TextStyle = { weight: 'bold', size: 10 };
      const valueStyle: TextStyle = { weight: 'regular', size: 10 };
      for (const [key, value] of pairs) {
        const height = Math.max(text.height(value, valueStyle, width() - keyWidth), 12);
        ensureRoom(height);
        const top = doc.y;
        doc.fillColor(MUTED);
        text.draw(key, keyStyle, MARGIN, top, { width: keyWidth - 8 });
        doc.fillColor(INK);
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
        // A single row taller than a page is printed anyway (pdfkit flows it on).
        if (!drawRow(columns, row, false))
          text.draw(row.join(' · '), { weight: 'regular', size: TABLE_SIZE }, MARGIN, doc.y, { width: width() });
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
        // Writing inside the bottom margin would make pdfkit open a new page; lift the margin meanwhile.
        const margin = doc.page.margins.bottom;
        doc.page.margins.bottom = 0;
        const y = doc.page.height - MARGIN - 4;
        doc
          .moveTo(MARGIN, y - 6)
          .lineTo(doc.page.width - MARGIN, y - 6)
          .lineWidth(0.5)
          .strokeColor(RULE)
          .stroke();
        const footer: TextStyle = { weight: 'regular', size: 8 };
        doc.fillColor(MUTED);
        text.draw(options.footer ?? options.title, footer, MARGIN, y, { width: width() / 2, lineBreak: false });
        text.draw(`Page ${i + 1} of ${range.count}`, footer, MARGIN + width() / 2, y, {
          width: width() / 2,
          align: 'right',
          lineBreak: false,
        });
        doc.page.margins.bottom = margin;
      }
      doc.end();
      return done;
    },
  };
}

interface TextStyle {
  weight: FontWeight;
  size: number;
}

interface DrawOptions {
  width: number;
  align?: 'left' | 'right' | 'center';
  lineBreak?: boolean;
}

/**
 * Text through the font chain. A string one face can print is a single pdfkit call, as before; a mixed
 * one ("Call brief: 田中 花子") is a chain of `continued` calls, one per run, which pdfkit wraps as one
 * paragraph. The runs share a baseline because the chain's fonts share their vertical metrics.
 */
function fontedText(doc: PDFKit.PDFDocument, fonts: PdfFonts) {
  let measuring: PDFKit.PDFDocument | undefined;

  const chain = (
    target: PDFKit.PDFDocument,
    runs: ReturnType<PdfFonts['runs']>,
    style: TextStyle,
    x: number,
    y: number,
    options: DrawOptions,
  ) => {
    runs.forEach((run, i) => {
      target.font(fonts.fontName(run.face, style.weight)).fontSize(style.size);
      const continued = i < runs.length - 1;
      if (i === 0) target.text(run.text, x, y, { ...options, continued });
      else target.text(run.text, { continued });
    });
  };

  const widthOf = (runs: ReturnType<PdfFonts['runs']>, style: TextStyle) =>
    runs.reduce(
      (sum, run) => sum + doc.font(fonts.fontName(run.face, style.weight)).fontSize(style.size).widthOfString(run.text),
      0,
    );

  return {
    draw(value: string, style: TextStyle, x: number, y: number, options: DrawOptions) {
      const runs = fonts.runs(value, style.weight);
      if (runs.length <= 1) {
        doc.font(fonts.fontName(runs[0]?.face ?? 0, style.weight)).fontSize(style.size);
        doc.text(runs[0]?.text ?? '', x, y, options);
        return;
      }
      // pdfkit aligns each continued call on its own; a mixed line that fits is placed by hand instead.
      const align = options.align ?? 'left';
      const free = options.width - widthOf(runs, style);
      if (align === 'left' || free < 0) chain(doc, runs, style, x, y, { ...options, align: 'left' });
      else {
        const shift = align === 'right' ? free : free / 2;
        chain(doc, runs, style, x + shift, y, { ...options, width: options.width - shift + 1, align: 'left' });
      }
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
        widest = Math.max(widest, widthOf(runs, { weight, size }));
      }
      return widest > width ? Math.max(MIN_TABLE_SIZE, (size * width) / widest) : size;
    },
    /** The height the text takes in `width`, as `draw` would lay it out. */
    height(value: string, style: TextStyle, width: number): number {
      const runs = fonts.runs(value, style.weight);
      if (runs.length <= 1) {
        doc.font(fonts.fontName(runs[0]?.face ?? 0, style.weight)).fontSize(style.size);
        return doc.heightOfString(runs[0]?.text ?? '', { width });
      }
      // pdfkit measures one font at a time, so a mixed text is laid out on a scratch page that is never written.
      measuring ??= scratchDocument();
      measuring.x = 0;
      measuring.y = 0;
      chain(measuring, runs, style, 0, 0, { width, align: 'left' });
      return measuring.y;
    },
  };

  function scratchDocument(): PDFKit.PDFDocument {
    const scratch = new PDFDocument({ size: [doc.page.width, 1e6], margin: 0 });
    registerPdfFonts(scratch);
    return scratch;
  }
}
