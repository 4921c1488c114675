import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type {
  ChartSection,
  FactsSection,
  ReportDocument,
  Section,
  SignOffSection,
  TableSection,
} from '../../../src-shared/reports/report-document';
import { reportFormatter } from '../../../src-shared/reports/report-format';
import type { PaperSize } from '../../../src-shared/reports/report-request';
import { reportText } from '../../../src-shared/reports/report-text';
import { cellText } from '../cell-text';
import { REPORT_FONT, writePdf } from './pdf-engine';

/** Page sizes in points (pdfmake's names). */
const PAGE = {
  A4: { name: 'A4', width: 595.28, height: 841.89 },
  LETTER: { name: 'LETTER', width: 612, height: 792 },
} as const;
const MARGIN_X = 36;
const HEADER_SPACE = 84;
const FOOTER_SPACE = 36;
const GREY = '#e6e6e6';
const TITLE_BREAK_RATIO = 0.88;

const tableLayout = {
  hLineWidth: (i: number) => (i === 0 ? 0 : 0.5),
  vLineWidth: () => 0,
  hLineColor: () => '#888',
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

/** Renders a report as a PDF on the plant's paper: the frame on every page, numbered, charts as vectors. */
export async function renderPdf(doc: ReportDocument, paper: PaperSize): Promise<Uint8Array> {
  const t = reportText(doc.language);
  const fmt = reportFormatter(doc.locale, t);
  const page = PAGE[paper];
  const pageWidth = doc.landscape ? page.height : page.width;
  const usable = pageWidth - 2 * MARGIN_X;

  const title = (text: string): Content => ({ text, style: 'section', headlineLevel: 1 });

  const tableContent = (section: TableSection): Content => {
    // A Pareto's table goes on under its chart, which carries the title.
    const heading: Content[] = section.continues ? [] : [title(section.title)];
    if (section.rows.length === 0) return { stack: [...heading, { text: section.empty, style: 'empty' }] };
    const total = section.columns.reduce((sum, c) => sum + (c.width ?? 1), 0);
    const widths = section.columns.map((c) => (usable * (c.width ?? 1)) / total - 6);
    const header: TableCell[] = section.columns.map((c) => ({
      text: c.header,
      style: 'th',
      alignment: c.align ?? 'left',
    }));
    const body: TableCell[][] = [
      header,
      ...section.rows.map((row) =>
        row.map(
          (cell, i): TableCell => ({
            text: cellText(cell, fmt, t),
            alignment: section.columns[i]?.align ?? 'left',
          }),
        ),
      ),
    ];
    return {
      stack: [
        ...heading,
        {
          table: { headerRows: 1, keepWithHeaderRows: 1, widths, body },
          layout: tableLayout,
          style: section.small ? 'smallTable' : 'table',
        },
        ...(section.note ? [{ text: section.note, style: 'note' }] : []),
      ],
    };
  };

  const chartContent = (section: ChartSection): Content => ({
    stack: [
      section.half ? { text: section.title, style: 'chartTitle' } : title(section.title),
      { svg: section.svg, width: section.width, font: REPORT_FONT },
    ],
    unbreakable: true,
    margin: [0, 4, 0, 4],
  });

  const factsContent = (section: FactsSection): Content => ({
    stack: [
      title(section.title),
      {
        columns: section.facts.map((fact) => ({
          stack: [
            { text: fact.label, style: 'factLabel' },
            { text: cellText(fact.value, fmt, t), style: 'factValue' },
          ],
        })),
        columnGap: 8,
        margin: [0, 0, 0, 4],
      },
    ],
  });

  const signOffContent = (section: SignOffSection): Content => ({
    stack: [
      title(section.title),
      {
        table: {
          widths: [usable * 0.2, ...section.fields.map(() => (usable * 0.8) / section.fields.length - 8)],
          body: [
            [
              { text: '', border: [false, false, false, false] },
              ...section.fields.map((f) => ({ text: f, style: 'th', border: [false, false, false, false] })),
            ],
            ...section.roles.map((role) => [
              { text: role, bold: true, margin: [0, 14, 0, 0], border: [false, false, false, false] },
              ...section.fields.map(() => ({
                text: ' ',
                margin: [0, 14, 0, 0],
                border: [false, false, false, true],
              })),
            ]),
          ] as TableCell[][],
        },
        layout: { hLineWidth: () => 0.75, vLineWidth: () => 0, paddingLeft: () => 4, paddingRight: () => 4 },
      },
    ],
    unbreakable: true,
  });

  // Half-width charts go two by two, side by side.
  const content: Content[] = [];
  const sections = doc.sections.filter((s) => !(s.type === 'table' && s.only === 'xlsx'));
  for (let i = 0; i < sections.length; i += 1) {
    const section = sections[i] as Section;
    if (section.type === 'chart' && section.half) {
      const next = sections[i + 1];
      const pair = next?.type === 'chart' && next.half ? next : null;
      content.push({
        columns: [chartContent(section), pair ? chartContent(pair) : { text: '' }],
        columnGap: 10,
      });
      if (pair) i += 1;
      continue;
    }
    if (section.type === 'table') content.push(tableContent(section));
    else if (section.type === 'chart') content.push(chartContent(section));
    else if (section.type === 'facts') content.push(factsContent(section));
    else content.push(signOffContent(section));
  }

  const frame = doc.frame;
  const definition: TDocumentDefinitions = {
    pageSize: page.name,
    pageOrientation: doc.landscape ? 'landscape' : 'portrait',
    pageMargins: [MARGIN_X, HEADER_SPACE, MARGIN_X, FOOTER_SPACE],
    info: {
      title: `${frame.title} · ${frame.lines[0]?.value ?? ''}`,
      creator: 'FloorKPI',
      producer: 'FloorKPI',
    },
    language: doc.locale,
    defaultStyle: { font: REPORT_FONT, fontSize: 8, lineHeight: 1.1 },
    header: () => ({
      margin: [MARGIN_X, 18, MARGIN_X, 0],
      stack: [
        { text: frame.title, fontSize: 13, bold: true },
        {
          columns: chunk(frame.lines, Math.ceil(frame.lines.length / 2)).map((group) => ({
            stack: group.map((line) => ({
              text: [
                { text: `${line.label}: `, color: '#444' },
                { text: line.value, bold: true },
              ],
              fontSize: 8,
            })),
          })),
          columnGap: 12,
          margin: [0, 3, 0, 0],
        },
        { canvas: [{ type: 'line', x1: 0, y1: 4, x2: usable, y2: 4, lineWidth: 0.75 }] },
      ],
    }),
    footer: (current, pages) => ({
      margin: [MARGIN_X, 10, MARGIN_X, 0],
      columns: [
        { text: `FloorKPI · ${frame.title} · ${frame.lines[0]?.value ?? ''}`, fontSize: 7, color: '#444' },
        {
          text: frame.pageText.replace('{page}', String(current)).replace('{pages}', String(pages)),
          alignment: 'right',
          fontSize: 8,
        },
      ],
    }),
    // A section title never ends a page: in the page's last ~12 % (room for a title, a header row
    // and a row or two) it moves to the next page with its table. pdfmake places a table's first
    // cells on the old page before moving them, so "does anything follow on this page" cannot tell.
    pageBreakBefore: (node) =>
      node.headlineLevel === 1 && (node.startPosition?.verticalRatio ?? 0) > TITLE_BREAK_RATIO,
    content: [...(frame.note ? [{ text: frame.note, style: 'note' } as Content] : []), ...content],
    styles: {
      section: { fontSize: 10, bold: true, margin: [0, 8, 0, 3] },
      chartTitle: { fontSize: 8, bold: true, margin: [0, 2, 0, 2] },
      th: { bold: true, fillColor: GREY },
      table: { fontSize: 7.5 },
      smallTable: { fontSize: 6.5 },
      note: { fontSize: 7, italics: true, margin: [0, 2, 0, 2], color: '#333' },
      empty: { fontSize: 8, color: '#444', margin: [0, 0, 0, 4] },
      factLabel: { fontSize: 7, color: '#444' },
      factValue: { fontSize: 10, bold: true },
    },
  };
  return writePdf(definition);
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += Math.max(1, size)) out.push(items.slice(i, i + Math.max(1, size)));
  return out;
}
