import PDFDocument from 'pdfkit';
import { toWinAnsi } from './win-ansi';

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
 * A4 portrait, built-in Helvetica (nothing to embed, so any viewer opens it). Output is byte-for-byte
 * deterministic for the same calls: creation and modification dates come from `createdAt`, never from
 * the clock, and the file ID pdfkit derives from the document info follows from them. Text outside the
 * standard fonts' WinAnsi character set (≈, →, …) is replaced by the nearest plain character rather
 * than printed as garbage.
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

export function createPdfDocument(options: PdfDocumentOptions): PdfDocumentBuilder {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN + FOOTER_GAP, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: {
      Title: toWinAnsi(options.title),
      Author: toWinAnsi(options.author ?? 'Coach Workstation'),
      Subject: toWinAnsi(options.subject ?? ''),
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
  doc.fillColor(INK).font('Helvetica').fontSize(10);

  const width = () => doc.page.width - MARGIN * 2;
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  /** Starts a new page when less than `height` points are left, so blocks are not split awkwardly. */
  const ensureRoom = (height: number) => {
    if (doc.y + height > bottom()) doc.addPage();
  };

  const drawRow = (columns: readonly PdfColumn[], cells: readonly string[], header: boolean) => {
    const total = columns.reduce((sum, c) => sum + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * width());
    doc.font(header ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
    const texts = columns.map((_, i) => toWinAnsi(cells[i] ?? ''));
    const height =
      Math.max(...texts.map((t, i) => doc.heightOfString(t || ' ', { width: widths[i]! - CELL_PADDING * 2 }))) +
      CELL_PADDING * 2;
    if (doc.y + height > bottom()) return false;
    const top = doc.y;
    if (header) doc.rect(MARGIN, top, width(), height).fill(HEADER_FILL);
    let x = MARGIN;
    texts.forEach((text, i) => {
      doc.fillColor(INK).text(text, x + CELL_PADDING, top + CELL_PADDING, {
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
    title(text, subtitle) {
      doc.font('Helvetica-Bold').fontSize(18).fillColor(INK).text(toWinAnsi(text), MARGIN, doc.y, { width: width() });
      if (subtitle) doc.font('Helvetica').fontSize(11).fillColor(MUTED).text(toWinAnsi(subtitle), { width: width() });
      doc.fillColor(INK).moveDown(0.8);
    },
    heading(text) {
      // A heading alone at the foot of a page reads as a mistake: keep room for a few lines after it.
      ensureRoom(60);
      doc.moveDown(0.4);
      doc.font('Helvetica-Bold').fontSize(13).fillColor(INK).text(toWinAnsi(text), MARGIN, doc.y, { width: width() });
      doc.moveDown(0.3);
    },
    paragraph(text, style = {}) {
      doc
        .font(style.bold ? 'Helvetica-Bold' : 'Helvetica')
        .fontSize(10)
        .fillColor(style.muted ? MUTED : INK)
        .text(toWinAnsi(text), MARGIN, doc.y, { width: width() });
      doc.fillColor(INK).moveDown(0.4);
    },
    keyValues(pairs) {
      const keyWidth = 130;
      for (const [key, value] of pairs) {
        doc.font('Helvetica').fontSize(10);
        const height = Math.max(doc.heightOfString(toWinAnsi(value), { width: width() - keyWidth }), 12);
        ensureRoom(height);
        const top = doc.y;
        doc
          .font('Helvetica-Bold')
          .fillColor(MUTED)
          .text(toWinAnsi(key), MARGIN, top, { width: keyWidth - 8 });
        doc
          .font('Helvetica')
          .fillColor(INK)
          .text(toWinAnsi(value), MARGIN + keyWidth, top, { width: width() - keyWidth });
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
        if (!drawRow(columns, row, false)) doc.font('Helvetica').fontSize(9).text(row.map(toWinAnsi).join(' · '));
      }
      doc.font('Helvetica').fontSize(10).moveDown(0.6);
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
        doc.font('Helvetica').fontSize(8).fillColor(MUTED);
        doc.text(toWinAnsi(options.footer ?? options.title), MARGIN, y, { width: width() / 2, lineBreak: false });
        doc.text(`Page ${i + 1} of ${range.count}`, MARGIN + width() / 2, y, {
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
