import { type Block, type Fact, lines, paragraph, type Run, strong } from '../contract/content';
import { contractWords } from '../contract/words';
import { basisWords } from '../deadlines/basis';
import { deadlineName } from '../deadlines/names';
import { sayIn } from '../i18n/createI18n';
import type { Locale } from '../i18n/locales';
import type { BriefDate, BriefMaterial } from './apiSchemas';
import type { BriefContent } from './schemas';

/*
 * The one-page brief as plain content in one language, so the printable page and the Word file are
 * made from one source. The words around it come from the `brief` catalog in the document's
 * language; what the brand typed is printed as typed. Text here is raw: each renderer escapes it.
 */

/** What the page is about: the collaboration's effective brief and the facts around it. */
export interface BriefFacts {
  brief: BriefContent;
  /** The brief's product, else the collaboration's. */
  product: string;
  creatorName: string;
  brandName: string;
  campaignName: string | null;
  dates: readonly BriefDate[];
  materials: readonly BriefMaterial[];
  /** The day it was drawn up, in the brand's zone. */
  drawnUp: string;
}

// The dates come early: a missed date is where delays start.
export const SECTION_KEYS = ['product', 'mustSay', 'mustNot', 'format', 'dates', 'style', 'brand', 'tags', 'materials', 'handIn', 'contact', 'notes'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

export interface BriefSection {
  key: SectionKey;
  title: string;
  blocks: Block[];
}

export interface BriefPage {
  language: Locale;
  title: string;
  status: string;
  greeting: string;
  intro: string;
  /** Only the sections with something in them, always in the same order. */
  sections: BriefSection[];
  footer: string;
}

type Params = Record<string, string | number>;

const filled = (text: string) => text.trim() !== '';

const facts = (rows: [string, Run[]][]): Block[] => {
  const kept: Fact[] = rows.filter(([, value]) => value.length > 0).map(([label, value]) => ({ label, value }));
  return kept.length === 0 ? [] : [{ type: 'facts', rows: kept }];
};

const text = (value: string): Run[] => (filled(value) ? lines(value) : []);

/** Entries one under the other, in one fact. */
const entries = (items: readonly string[]): Run[] => items.map((item, i) => ({ text: item, br: i > 0 }));

export function briefPage(f: BriefFacts, language: Locale): BriefPage {
  const t = sayIn(language);
  const say = (key: string, params?: Params) => t(`brief:doc.${key}`, params);
  const w = contractWords(language);
  const b = f.brief;
  const brand = filled(f.brandName) ? f.brandName : say('ourBrand');

  const when = (d: BriefDate) => {
    const due = d.dueDate === null ? basisWords(d.basis, t, w.date) : w.date(d.dueDate);
    return d.deliveredOn === null ? due : say('delivered', { due, done: w.date(d.deliveredOn) });
  };
  const contact = () => {
    const which = filled(b.contactName) && filled(b.contactDetail) ? 'both' : filled(b.contactName) ? 'name' : 'detail';
    return say('contactLine', { which, name: b.contactName, detail: b.contactDetail });
  };

  const content: Record<SectionKey, Block[]> = {
    product: filled(f.product) ? [paragraph(strong(f.product))] : [],
    mustSay: b.mustSay.length > 0 ? [paragraph(say('mustSayLead')), { type: 'bullets', items: b.mustSay }] : [],
    mustNot: b.mustNot.length > 0 ? [{ type: 'bullets', items: b.mustNot }] : [],
    format: facts([
      [say('formatLabel'), text(b.format)],
      [say('lengthLabel'), text(b.length)],
    ]),
    style: [
      ...(filled(b.style) ? [paragraph(lines(b.style))] : []),
      ...(b.references.length > 0 ? [paragraph(say('referencesLead')), { type: 'bullets' as const, items: b.references }] : []),
    ],
    brand: filled(b.brandElements) ? [paragraph(lines(b.brandElements))] : [],
    tags: facts([
      [say('tagsLabel'), b.tags.length > 0 ? [{ text: b.tags.join(' ') }] : []],
      [say('linksLabel'), entries(b.links)],
      [say('disclosureLabel'), filled(b.disclosure) ? [strong(b.disclosure)] : []],
    ]),
    dates:
      f.dates.length > 0
        ? [{ type: 'table', head: [say('datesWhat'), say('datesWhen')], rows: f.dates.map((d) => [deadlineName(d, t), when(d)]) }]
        : [],
    materials:
      f.materials.length > 0
        ? [paragraph(say('materialsLead')), { type: 'bullets', items: f.materials.map((m) => say('materialLine', { name: m.name, kind: m.kind })) }]
        : [],
    handIn: filled(b.draftHandIn) ? [paragraph(lines(b.draftHandIn))] : [],
    contact: filled(b.contactName) || filled(b.contactDetail) ? [paragraph(contact())] : [],
    notes: filled(b.notes) ? [paragraph(lines(b.notes))] : [],
  };

  const named = f.campaignName !== null && filled(f.campaignName);
  return {
    language,
    title: say('title', { named: named ? 'yes' : 'no', campaign: f.campaignName ?? '' }),
    status: say('status', { creator: f.creatorName, brand, date: w.date(f.drawnUp) }),
    greeting: say('greeting', { creator: f.creatorName }),
    intro: say('intro', { brand }),
    sections: SECTION_KEYS.filter((key) => content[key].length > 0).map((key) => ({ key, title: say(`section.${key}`), blocks: content[key] })),
    footer: say('footer', { brand, date: w.date(f.drawnUp) }),
  };
}
