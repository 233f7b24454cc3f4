import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import {
  blockDocx,
  BULLET_NUMBERING,
  COLOR,
  DOCUMENT_STYLES,
  type DocxFont,
  ITEM_INDENT,
  MARGIN,
  NO_BORDER,
  PAGE,
  rule,
  SANS,
  SANS_CJK,
} from '../contract/contentDocx';
import type { Locale } from '../i18n/locales';
import { mapStrings, xmlSafe } from '../plainText';
import { type BriefFacts, type BriefPage, briefPage } from './document';

/*
 * The brief as a Word document, built from the same content as the printable page, with the
 * contract's page, faces and lists. In two languages each section is a row of a two-column table.
 */

const NONE = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER };

const heading = (title: string) => new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(title)] });
const plain = (text: string, after = 80) => new Paragraph({ children: [new TextRun(text)], spacing: { after } });
const status = (text: string, sans: DocxFont) => new Paragraph({ children: [new TextRun({ text, size: 18, color: COLOR.muted, font: sans })] });

function top(page: BriefPage, sans: DocxFont): Paragraph[] {
  return [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(page.title)] }), status(page.status, sans), plain(page.greeting), plain(page.intro, 160)];
}

function sectionsOf(page: BriefPage, width: number, sans: DocxFont): (Paragraph | Table)[] {
  return page.sections.flatMap((s) => [heading(s.title), ...s.blocks.flatMap((b) => blockDocx(b, width - ITEM_INDENT, {}, sans))]);
}

function single(page: BriefPage, width: number, sans: DocxFont): (Paragraph | Table)[] {
  return [...top(page, sans), ...sectionsOf(page, width, sans), footer(page.footer, sans)];
}

function paired([first, second]: [BriefPage, BriefPage], width: number, sans: DocxFont): (Paragraph | Table)[] {
  const half = Math.floor(width / 2);
  const cell = (children: (Paragraph | Table)[]) => new TableCell({ width: { size: half, type: WidthType.DXA }, margins: { right: 160, left: 80 }, children });
  const row = (left: (Paragraph | Table)[], right: (Paragraph | Table)[]) => new TableRow({ cantSplit: true, children: [cell(left), cell(right)] });
  const body = (page: BriefPage, i: number) => page.sections[i]!.blocks.flatMap((b) => blockDocx(b, half - ITEM_INDENT, {}, sans));
  const rows = [
    row(top(first, sans), top(second, sans)),
    ...first.sections.flatMap((s, i) => [row([heading(s.title)], [heading(second.sections[i]!.title)]), row(body(first, i), body(second, i))]),
    row([footer(first.footer, sans)], [footer(second.footer, sans)]),
  ];
  return [new Table({ width: { size: width, type: WidthType.DXA }, columnWidths: [half, half], borders: NONE, rows })];
}

function footer(text: string, sans: DocxFont): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, size: 18, color: COLOR.muted, font: sans })], border: { top: rule(COLOR.rule) }, spacing: { before: 480 } });
}

/**
 * The brief as the bytes of a .docx file. Every text is cleaned of what XML cannot carry before any
 * run is built, so no run or document property can hold it.
 */
export async function renderBriefDocx(given: BriefFacts, languages: readonly [Locale, Locale?], paper: 'A4' | 'Letter'): Promise<Uint8Array> {
  const facts = mapStrings(given, xmlSafe);
  const size = PAGE[paper];
  const width = size.width - 2 * MARGIN.side;
  const [language, secondLanguage] = languages;
  const sans = languages.includes('zh') ? SANS_CJK : SANS;
  const first = briefPage(facts, language);
  const children = secondLanguage ? paired([first, briefPage(facts, secondLanguage)], width, sans) : single(first, width, sans);
  const doc = new Document({
    title: first.title,
    creator: facts.brandName,
    styles: DOCUMENT_STYLES,
    numbering: BULLET_NUMBERING,
    sections: [
      {
        properties: { page: { size: { width: size.width, height: size.height }, margin: { top: MARGIN.top, bottom: MARGIN.bottom, left: MARGIN.side, right: MARGIN.side } } },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
