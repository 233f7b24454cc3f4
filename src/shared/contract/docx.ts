import {
  AlignmentType,
  convertMillimetersToTwip,
  Document,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { mapStrings, xmlSafe } from '../plainText';
import { buildClauses } from './clauses';
import { BULLETS, COLOR, ITEM_INDENT, itemDocx, NO_BORDER, rule, SANS } from './contentDocx';
import { FOOTER_NOTE, paperOf, type RenderMeta, SIGNATURE_LINES, signatories, type Signatory, statusLine } from './frame';
import type { ContractTerms } from './terms';

/*
 * The contract as a Word document, for the creator to mark up: the same clauses in the same order
 * as the printable draft (render.ts), with real headings, lists and tables Word can edit.
 */

// In twentieths of a point, as Word measures pages.
const PAGE = {
  A4: { width: 11906, height: 16838 },
  Letter: { width: 12240, height: 15840 },
} as const;

// The print stylesheet's margins.
const MARGIN = { top: convertMillimetersToTwip(20), side: convertMillimetersToTwip(18), bottom: convertMillimetersToTwip(22) };

const SERIF = 'Georgia';

function header(terms: ContractTerms, meta: RenderMeta): Paragraph[] {
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(terms.title)] }),
    new Paragraph({
      children: [new TextRun({ text: statusLine(meta), allCaps: true, size: 18, color: COLOR.muted, font: SANS })],
      border: { bottom: rule(COLOR.text, 16) },
      spacing: { after: 360 },
    }),
  ];
}

function signatureCell(s: Signatory, width: number): TableCell {
  const line = (value: string, label: string) => [
    new Paragraph({ children: [new TextRun(value)], border: { bottom: rule(COLOR.text) }, spacing: { before: 360 } }),
    new Paragraph({ children: [new TextRun({ text: label, size: 18, color: COLOR.muted, font: SANS })] }),
  ];
  const [name, ...blank] = SIGNATURE_LINES;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { right: 480 },
    children: [
      new Paragraph({ children: [new TextRun({ text: s.role, allCaps: true, size: 18, color: COLOR.muted, font: SANS })] }),
      new Paragraph({ children: [new TextRun({ text: s.party, bold: true })], spacing: { after: 120 } }),
      ...line(s.name, name),
      ...blank.flatMap((label) => line('', label)),
    ],
  });
}

function signatureBlock(terms: ContractTerms, width: number): (Paragraph | Table)[] {
  const half = Math.floor(width / 2);
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Signatures')], spacing: { before: 600 } }),
    new Table({
      width: { size: width, type: WidthType.DXA },
      columnWidths: [half, half],
      borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER },
      rows: [new TableRow({ cantSplit: true, children: signatories(terms).map((s) => signatureCell(s, half)) })],
    }),
  ];
}

const pageFooter = () =>
  new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 18, color: COLOR.muted, font: SANS })],
      }),
    ],
  });

/**
 * The contract as the bytes of a .docx file. Every text the terms hold is cleaned of what XML
 * cannot carry before any run is built, so no run, table cell or document property can hold it.
 */
export async function renderContractDocx(given: ContractTerms, meta: RenderMeta = {}): Promise<Uint8Array> {
  const terms = mapStrings(given, xmlSafe);
  const page = PAGE[paperOf(meta)];
  const width = page.width - 2 * MARGIN.side;
  const clauses = buildClauses(terms).flatMap((clause, i) => {
    const n = i + 1;
    return [
      new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(`${n}. ${clause.title}`)] }),
      ...clause.items.flatMap((item, j) => itemDocx(item, `${n}.${j + 1}`, width - ITEM_INDENT)),
    ];
  });
  const doc = new Document({
    title: terms.title,
    creator: terms.parties.brandName,
    styles: {
      default: {
        document: { run: { font: SERIF, size: 22, color: COLOR.text }, paragraph: { spacing: { line: 300 } } },
        title: { run: { font: SANS, size: 40, bold: true, color: COLOR.text }, paragraph: { spacing: { after: 80 } } },
        heading2: { run: { font: SANS, size: 26, bold: true, color: COLOR.text }, paragraph: { keepNext: true, spacing: { before: 360, after: 160 } } },
      },
    },
    numbering: {
      config: [
        {
          reference: BULLETS,
          levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: ITEM_INDENT + 360, hanging: 360 } } } }],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: page.width, height: page.height },
            margin: { top: MARGIN.top, bottom: MARGIN.bottom, left: MARGIN.side, right: MARGIN.side },
          },
        },
        footers: { default: pageFooter() },
        children: [
          ...header(terms, meta),
          ...clauses,
          ...signatureBlock(terms, width),
          new Paragraph({
            children: [new TextRun({ text: FOOTER_NOTE, size: 18, color: COLOR.muted, font: SANS })],
            border: { top: rule(COLOR.rule) },
            spacing: { before: 600 },
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
