/**
 * The PDF layer on first use. pdfkit, fontkit and the line breaker decode their Unicode and font
 * tables when loaded, most of the start-up time of a process that imports them; every process (the
 * app, browser mode, each `coach` command) reaches this layer through its services, but few print.
 */
export function loadPdfLayer(): Promise<typeof import('./pdf-document')> {
  return import('./pdf-document');
}
