import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { noticeText, watermarkText } from './figureText.js';
import type { MetricsTable } from './metricsTable.js';

/** A figure page: its caption and the PNG it shows. */
export interface PdfFigure {
  readonly caption: string;
  readonly png: Uint8Array;
}

export interface FigurePackPdfInput {
  readonly planText: string;
  /** Drawn on the title page only when the export was asked to show who the patient is; never in the metadata. */
  readonly identity: string | undefined;
  readonly dateText: string;
  readonly at: Date;
  readonly figures: readonly PdfFigure[];
  /** The dose statistics, drawn as text; undefined without DVHs. */
  readonly metrics: MetricsTable | undefined;
}

/** A4 landscape, pt. */
const page = { widthPt: 841.89, heightPt: 595.28, marginPt: 40 } as const;
const grey = rgb(0.4, 0.4, 0.4);
const warning = rgb(0.8, 0.35, 0);

interface Fonts {
  readonly regular: PDFFont;
  readonly bold: PDFFont;
  /** The text as the standard fonts can write it (WinAnsi): anything else becomes '?'. */
  readonly safe: (text: string) => string;
}

/**
 * The figure pack's PDF: a title page (plan, date, the not-for-clinical-use notice, the
 * patient's identity only when switched on, the contents), one page per figure, and the dose
 * statistics drawn as text. Its metadata names the plan and PlanLens, never the patient.
 */
export async function figurePackPdf(input: FigurePackPdfInput): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const charset = new Set(regular.getCharacterSet());
  const fonts: Fonts = { regular, bold, safe: (text) => [...text].map((char) => (charset.has(char.codePointAt(0) ?? 0) ? char : '?')).join('') };
  titlePage(doc.addPage([page.widthPt, page.heightPt]), input, fonts);
  for (const figure of input.figures) {
    const pdfPage = doc.addPage([page.widthPt, page.heightPt]);
    caption(pdfPage, `${figure.caption} · ${input.planText}`, fonts);
    const image = await doc.embedPng(figure.png);
    const box = { widthPt: page.widthPt - 2 * page.marginPt, heightPt: page.heightPt - 2 * page.marginPt - 40 };
    const fit = Math.min(box.widthPt / image.width, box.heightPt / image.height);
    const widthPt = image.width * fit;
    const heightPt = image.height * fit;
    pdfPage.drawImage(image, { x: (page.widthPt - widthPt) / 2, y: page.marginPt + 10 + (box.heightPt - heightPt) / 2, width: widthPt, height: heightPt });
  }
  if (input.metrics !== undefined) metricsPages(doc, input.metrics, input.planText, fonts);
  const pages = doc.getPages();
  pages.forEach((pdfPage, index) => footer(pdfPage, `${watermarkText} · PlanLens ${input.dateText} · page ${index + 1} of ${pages.length}`, fonts));
  doc.setTitle(fonts.safe(`PlanLens figure pack: ${input.planText}`));
  doc.setSubject(watermarkText);
  doc.setKeywords(['PlanLens', 'not for clinical use']);
  doc.setCreator('PlanLens');
  doc.setProducer('PlanLens (pdf-lib)');
  doc.setCreationDate(input.at);
  doc.setModificationDate(input.at);
  return doc.save();
}

function titlePage(pdfPage: PDFPage, input: FigurePackPdfInput, fonts: Fonts): void {
  let y = page.heightPt - 110;
  const line = (text: string, size: number, font: PDFFont, colour = rgb(0, 0, 0), after = 10): void => {
    pdfPage.drawText(fonts.safe(text), { x: page.marginPt + 20, y, size, font, color: colour });
    y -= size + after;
  };
  line('PlanLens figure pack', 26, fonts.bold, rgb(0, 0, 0), 18);
  line(input.planText, 16, fonts.regular);
  line(`Exported ${input.dateText}`, 12, fonts.regular, rgb(0, 0, 0), 24);
  line(watermarkText, 28, fonts.bold, warning, 8);
  line(noticeText, 12, fonts.regular, rgb(0, 0, 0), 24);
  if (input.identity === undefined) line('Patient identity not shown (switched off for this export).', 11, fonts.regular, grey, 24);
  else line(input.identity, 12, fonts.bold, rgb(0, 0, 0), 24);
  line('Contents', 12, fonts.bold, rgb(0, 0, 0), 6);
  input.figures.forEach((figure, index) => line(`${index + 2}. ${figure.caption}`, 11, fonts.regular, rgb(0, 0, 0), 4));
  if (input.metrics !== undefined) line(`${input.figures.length + 2}. ${input.metrics.caption}`, 11, fonts.regular, rgb(0, 0, 0), 4);
}

function caption(pdfPage: PDFPage, text: string, fonts: Fonts): void {
  pdfPage.drawText(fonts.safe(text), { x: page.marginPt, y: page.heightPt - page.marginPt - 13, size: 13, font: fonts.bold });
}

function footer(pdfPage: PDFPage, text: string, fonts: Fonts): void {
  pdfPage.drawText(fonts.safe(text), { x: page.marginPt, y: 22, size: 8, font: fonts.regular, color: grey });
}

/** The dose statistics as a text table (ROI names left, numbers right-aligned), over as many pages as its rows need. */
function metricsPages(doc: PDFDocument, metrics: MetricsTable, planText: string, fonts: Fonts): void {
  const size = 10;
  const rowPt = 15;
  const swatchPt = 8;
  const textOf = (cells: readonly string[], column: number): string => fonts.safe(cells[column] ?? '');
  const widths = metrics.header.map((heading, column) => Math.max(fonts.bold.widthOfTextAtSize(fonts.safe(heading), size), ...metrics.rows.filter((row) => row.cells.length > 2).map((row) => fonts.regular.widthOfTextAtSize(textOf(row.cells, column), size))));
  const firstRight = page.marginPt + swatchPt + 5 + (widths[0] ?? 0);
  const rights = widths.slice(1).reduce<number[]>((edges, width) => [...edges, (edges.at(-1) ?? firstRight) + 12 + width], []);
  const rowsPerPage = Math.floor((page.heightPt - 2 * page.marginPt - 60) / rowPt);
  for (let first = 0; first === 0 || first < metrics.rows.length; first += rowsPerPage) {
    const pdfPage = doc.addPage([page.widthPt, page.heightPt]);
    caption(pdfPage, `${metrics.caption} · ${planText}`, fonts);
    let y = page.heightPt - page.marginPt - 45;
    pdfPage.drawText(textOf(metrics.header, 0), { x: page.marginPt + swatchPt + 5, y, size, font: fonts.bold });
    metrics.header.slice(1).forEach((heading, index) => {
      const text = fonts.safe(heading);
      pdfPage.drawText(text, { x: (rights[index] ?? 0) - fonts.bold.widthOfTextAtSize(text, size), y, size, font: fonts.bold });
    });
    for (const row of metrics.rows.slice(first, first + rowsPerPage)) {
      y -= rowPt;
      const [r, g, b] = row.colourRgb;
      pdfPage.drawRectangle({ x: page.marginPt, y: y - 0.5, width: swatchPt, height: swatchPt, color: rgb(r / 255, g / 255, b / 255) });
      pdfPage.drawText(textOf(row.cells, 0), { x: page.marginPt + swatchPt + 5, y, size, font: fonts.regular });
      if (row.cells.length === 2) {
        pdfPage.drawText(textOf(row.cells, 1), { x: firstRight + 12, y, size, font: fonts.regular, color: grey });
        continue;
      }
      row.cells.slice(1).forEach((_cell, index) => {
        const text = textOf(row.cells, index + 1);
        pdfPage.drawText(text, { x: (rights[index] ?? 0) - fonts.regular.widthOfTextAtSize(text, size), y, size, font: fonts.regular });
      });
    }
  }
}
