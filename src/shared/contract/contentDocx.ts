import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  type IFontAttributesProperties,
  type INumberingOptions,
  type IStylesOptions,
  LevelFormat,
  Paragraph,
  type ParagraphChild,
  Tab,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Block, Item, Run } from './content';

/*
 * Contract content as Word paragraphs and tables. Whatever the user typed goes in as the text of a
 * run, which the library writes as XML text: it is never read as markup.
 */

export const COLOR = { text: '1D1F23', heading: '3B4048', muted: '5B616B', rule: 'D9DCE1', missing: 'A61B1B' } as const;

export type DocxFont = string | IFontAttributesProperties;

export const SANS = 'Arial';

/** The sans face of a contract with Chinese in it: Word takes the East Asian one for the Chinese characters. */
export const SANS_CJK: IFontAttributesProperties = { ascii: SANS, hAnsi: SANS, cs: SANS, eastAsia: 'Noto Sans CJK SC' };

/** Sub-clause bodies sit right of their number ("2.1"), as in the printed draft. */
export const ITEM_INDENT = 680;

export const BULLETS = 'contract-bullets';

// In twentieths of a point, as Word measures pages.
export const PAGE = {
  A4: { width: 11906, height: 16838 },
  Letter: { width: 12240, height: 15840 },
} as const;

// The print stylesheet's margins.
export const MARGIN = { top: convertMillimetersToTwip(20), side: convertMillimetersToTwip(18), bottom: convertMillimetersToTwip(22) };

const SERIF = 'Georgia';

// Chinese characters take these faces; the Latin ones stay as they were.
const DEFAULT_FONT = { ascii: SERIF, hAnsi: SERIF, cs: SERIF, eastAsia: 'Noto Serif CJK SC' };
const HEADING_FONT = { ascii: SANS, hAnsi: SANS, cs: SANS, eastAsia: 'Noto Sans CJK SC' };

/** The faces, sizes and spacing of our Word documents: body text, the title and the section headings. */
export const DOCUMENT_STYLES: IStylesOptions = {
  default: {
    document: { run: { font: DEFAULT_FONT, size: 22, color: COLOR.text }, paragraph: { spacing: { line: 300 } } },
    title: { run: { font: HEADING_FONT, size: 40, bold: true, color: COLOR.text }, paragraph: { spacing: { after: 80 } } },
    heading2: { run: { font: HEADING_FONT, size: 26, bold: true, color: COLOR.text }, paragraph: { keepNext: true, spacing: { before: 360, after: 160 } } },
  },
};

/** The bullet list the `bullets` blocks refer to. */
export const BULLET_NUMBERING: INumberingOptions = {
  config: [
    {
      reference: BULLETS,
      levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: ITEM_INDENT + 360, hanging: 360 } } } }],
    },
  ],
};

export function textRuns(runs: Run[]): TextRun[] {
  return runs.map(
    (r) =>
      new TextRun({
        text: r.text,
        bold: r.strong || r.missing,
        color: r.missing ? COLOR.missing : undefined,
        break: r.br ? 1 : undefined,
      }),
  );
}

/** A thin line, for table rows, signature lines and the header. */
export const rule = (color: string, size = 4) => ({ style: BorderStyle.SINGLE, size, color, space: 1 });

export const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

function table(head: string[], rows: string[][], width: number, sans: DocxFont): Table {
  // The milestone name and due date get the room; the yes/no column stays narrow.
  const weights = head.map((_, i) => (i < 2 ? 3 : 2));
  const total = weights.reduce((a, b) => a + b, 0);
  const columnWidths = weights.map((w) => Math.floor((width * w) / total));
  const cell = (text: string, i: number, header: boolean) =>
    new TableCell({
      width: { size: columnWidths[i]!, type: WidthType.DXA },
      borders: header ? { bottom: rule(COLOR.text, 12) } : undefined,
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
      children: [new Paragraph({ children: [new TextRun(header ? { text, bold: true, size: 18, font: sans, color: COLOR.heading } : { text, size: 21 })] })],
    });
  return new Table({
    width: { size: width, type: WidthType.DXA },
    indent: { size: ITEM_INDENT, type: WidthType.DXA },
    columnWidths,
    borders: { top: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideVertical: NO_BORDER, bottom: rule(COLOR.rule), insideHorizontal: rule(COLOR.rule) },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: head.map((h, i) => cell(h, i, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, i, false)) })),
    ],
  });
}

export interface ParaOptions {
  /** The sub-clause number, hanging left of the text. */
  lead?: string;
  keepNext?: boolean;
  quote?: boolean;
}

function para(children: ParagraphChild[], { lead, keepNext, quote }: ParaOptions = {}): Paragraph {
  const left = quote ? ITEM_INDENT + 240 : ITEM_INDENT;
  return new Paragraph({
    children: lead ? [new TextRun({ children: [lead, new Tab()], color: COLOR.muted, size: 20 }), ...children] : children,
    indent: lead ? { left, hanging: ITEM_INDENT } : { left },
    border: quote ? { left: { style: BorderStyle.SINGLE, size: 18, color: 'C9CDD3', space: 8 } } : undefined,
    // A new sub-clause leaves a little room after a table or list above it.
    spacing: { before: lead ? 60 : 0, after: 80 },
    keepNext,
  });
}

const factRuns = (label: string, value: Run[]) => [new TextRun({ text: `${label}: `, bold: true }), ...textRuns(value)];

export function blockDocx(block: Block, tableWidth: number, options: ParaOptions, sans: DocxFont): (Paragraph | Table)[] {
  switch (block.type) {
    case 'paragraph':
      return [para(textRuns(block.runs), options)];
    case 'facts':
      return block.rows.map((r, i) => para(factRuns(r.label, r.value), i === 0 ? options : {}));
    case 'quote':
      return [para(textRuns(block.runs), { ...options, quote: true })];
    case 'bullets':
      return block.items.map((text) => new Paragraph({ children: [new TextRun({ text })], numbering: { reference: BULLETS, level: 0 } }));
    case 'table':
      return [table(block.head, block.rows, tableWidth, sans)];
  }
}

/** One numbered sub-clause; a paragraph leading into a list or table stays on the page with it. */
export function itemDocx(item: Item, number: string, tableWidth: number, sans: DocxFont = SANS): (Paragraph | Table)[] {
  const carriesNumber = item[0]?.type === 'paragraph' || item[0]?.type === 'facts' || item[0]?.type === 'quote';
  const out: (Paragraph | Table)[] = carriesNumber ? [] : [para([], { lead: number, keepNext: true })];
  item.forEach((block, i) => {
    const lead = i === 0 && carriesNumber ? number : undefined;
    out.push(...blockDocx(block, tableWidth, { lead, keepNext: block.type === 'paragraph' && i + 1 < item.length }, sans));
  });
  return out;
}
