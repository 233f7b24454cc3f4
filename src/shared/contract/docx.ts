import { AlignmentType, Document, Footer, HeadingLevel, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { mapStrings, xmlSafe } from '../plainText';
import type { TemplateLanguage } from '../outreach/kindSchemas';
import { buildClauses, contractLanguages } from './clauses';
import type { Clause } from './content';
import { BULLET_NUMBERING, COLOR, DOCUMENT_STYLES, type DocxFont, ITEM_INDENT, itemDocx, MARGIN, NO_BORDER, PAGE, rule, SANS, SANS_CJK } from './contentDocx';
import { footerNote, pageWords, paperOf, type RenderMeta, signatories, type Signatory, signatureLines, signaturesTitle, statusLine } from './frame';
import type { ContractTerms } from './terms';
import { contractWords } from './words';

/*
 * The contract as a Word document, for the creator to mark up: the same clauses in the same order
 * as the printable draft (render.ts), with real headings, lists and tables Word can edit.
 */

/** The words of the frame and the face for its sans runs, for the contract's languages. */
interface Frame {
  languages: TemplateLanguage[];
  sans: DocxFont;
}

function header(terms: ContractTerms, meta: RenderMeta, { languages, sans }: Frame): Paragraph[] {
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(terms.title)] }),
    new Paragraph({
      children: [new TextRun({ text: statusLine(meta, languages), allCaps: true, size: 18, color: COLOR.muted, font: sans })],
      border: { bottom: rule(COLOR.text, 16) },
      spacing: { after: 360 },
    }),
  ];
}

function signatureCell(s: Signatory, width: number, { languages, sans }: Frame): TableCell {
  const line = (value: string, label: string) => [
    new Paragraph({ children: [new TextRun(value)], border: { bottom: rule(COLOR.text) }, spacing: { before: 360 } }),
    new Paragraph({ children: [new TextRun({ text: label, size: 18, color: COLOR.muted, font: sans })] }),
  ];
  const [name, ...blank] = signatureLines(languages);
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { right: 480 },
    children: [
      new Paragraph({ children: [new TextRun({ text: s.role, allCaps: true, size: 18, color: COLOR.muted, font: sans })] }),
      new Paragraph({ children: [new TextRun({ text: s.party, bold: true })], spacing: { after: 120 } }),
      ...line(s.name, name),
      ...blank.flatMap((label) => line('', label)),
    ],
  });
}

function signatureBlock(terms: ContractTerms, width: number, frame: Frame): (Paragraph | Table)[] {
  const half = Math.floor(width / 2);
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(signaturesTitle(frame.languages))], spacing: { before: 600 } }),
    new Table({
      width: { size: width, type: WidthType.DXA },
      columnWidths: [half, half],
      borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER },
      rows: [new TableRow({ cantSplit: true, children: signatories(terms, frame.languages).map((s) => signatureCell(s, half, frame)) })],
    }),
  ];
}

function pageFooter({ languages, sans }: Frame): Footer {
  const [before, between, after] = pageWords(languages[0]!);
  const children = [before, PageNumber.CURRENT, between, PageNumber.TOTAL_PAGES, ...(after === '' ? [] : [after])];
  return new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children, size: 18, color: COLOR.muted, font: sans })] })],
  });
}

const heading = (language: TemplateLanguage, n: number, clause: Clause) =>
  new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(`${contractWords(language).say('number', { n })} ${clause.title}`)] });

function singleClauses(terms: ContractTerms, language: TemplateLanguage, width: number, sans: DocxFont): (Paragraph | Table)[] {
  return buildClauses(terms, language).flatMap((clause, i) => {
    const n = i + 1;
    return [heading(language, n, clause), ...clause.items.flatMap((item, j) => itemDocx(item, `${n}.${j + 1}`, width - ITEM_INDENT, sans))];
  });
}

/** Each clause as a two-column table: its title in one row, then one row per sub-clause, a language to a column. */
function pairedClauses(terms: ContractTerms, [first, second]: [TemplateLanguage, TemplateLanguage], width: number, sans: DocxFont): (Paragraph | Table)[] {
  const half = Math.floor(width / 2);
  const left = buildClauses(terms, first);
  const right = buildClauses(terms, second);
  const cell = (children: (Paragraph | Table)[]) => new TableCell({ width: { size: half, type: WidthType.DXA }, margins: { right: 160, left: 80 }, children });
  const none = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER };
  return left.flatMap((clause, i) => {
    const n = i + 1;
    const other = right[i]!;
    const rows = [
      new TableRow({ cantSplit: true, children: [cell([heading(first, n, clause)]), cell([heading(second, n, other)])] }),
      ...clause.items.map(
        (item, j) =>
          new TableRow({
            cantSplit: true,
            children: [cell(itemDocx(item, `${n}.${j + 1}`, half - ITEM_INDENT, sans)), cell(itemDocx(other.items[j]!, `${n}.${j + 1}`, half - ITEM_INDENT, sans))],
          }),
      ),
    ];
    return [new Table({ width: { size: width, type: WidthType.DXA }, columnWidths: [half, half], borders: none, rows })];
  });
}

/**
 * The contract as the bytes of a .docx file. Every text the terms hold is cleaned of what XML
 * cannot carry before any run is built, so no run, table cell or document property can hold it.
 */
export async function renderContractDocx(given: ContractTerms, meta: RenderMeta = {}): Promise<Uint8Array> {
  const terms = mapStrings(given, xmlSafe);
  const page = PAGE[paperOf(meta)];
  const width = page.width - 2 * MARGIN.side;
  const languages = contractLanguages(terms);
  const frame: Frame = { languages, sans: languages.includes('zh') ? SANS_CJK : SANS };
  const [first, second] = languages as [TemplateLanguage, TemplateLanguage?];
  const clauses = second ? pairedClauses(terms, [first, second], width, frame.sans) : singleClauses(terms, first, width, frame.sans);
  const doc = new Document({
    title: terms.title,
    creator: terms.parties.brandName,
    styles: DOCUMENT_STYLES,
    numbering: BULLET_NUMBERING,
    sections: [
      {
        properties: {
          page: {
            size: { width: page.width, height: page.height },
            margin: { top: MARGIN.top, bottom: MARGIN.bottom, left: MARGIN.side, right: MARGIN.side },
          },
        },
        footers: { default: pageFooter(frame) },
        children: [
          ...header(terms, meta, frame),
          ...clauses,
          ...signatureBlock(terms, width, frame),
          new Paragraph({
            children: [new TextRun({ text: footerNote(languages), size: 18, color: COLOR.muted, font: frame.sans })],
            border: { top: rule(COLOR.rule) },
            spacing: { before: 600 },
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
