import { describe, expect, it } from 'vitest';
import { TEMPLATE_KINDS, TEMPLATE_LANGUAGES, TEMPLATE_VARIABLES } from '../kinds';
import { EN_TEMPLATES } from './en';
import { BUILT_IN_TEMPLATES, builtInTemplate } from './index';
import { NL_TEMPLATES } from './nl';
import { ZH_TEMPLATES } from './zh';
import { REMEDIAL_GUIDE } from '../../metrics/remedialSteps';

const PLACEHOLDER = /\{([a-z_]+)\}/g;
const known = new Set<string>(TEMPLATE_VARIABLES);
const variablesIn = (text: string): string[] => [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
const label = (t: { kind: string; language: string }) => `${t.language}/${t.kind}`;

describe('built-in templates', () => {
  it('has every kind exactly once per language, in kind order', () => {
    expect(BUILT_IN_TEMPLATES).toHaveLength(TEMPLATE_KINDS.length * TEMPLATE_LANGUAGES.length);
    for (const language of TEMPLATE_LANGUAGES) {
      for (const kind of TEMPLATE_KINDS) {
        const matches = BUILT_IN_TEMPLATES.filter((t) => t.kind === kind && t.language === language);
        expect(matches, `${language}/${kind}`).toHaveLength(1);
        expect(builtInTemplate(kind, language)).toBe(matches[0]);
      }
    }
    const lists = { en: EN_TEMPLATES, zh: ZH_TEMPLATES, nl: NL_TEMPLATES };
    for (const [language, list] of Object.entries(lists)) {
      expect(list.map((t) => t.kind)).toEqual([...TEMPLATE_KINDS]);
      expect(list.every((t) => t.language === language)).toBe(true);
    }
  });

  it('uses only known variables and no stray braces', () => {
    for (const t of BUILT_IN_TEMPLATES) {
      for (const text of [t.subject, t.body]) {
        for (const name of variablesIn(text)) expect(known.has(name), `${label(t)} uses {${name}}`).toBe(true);
        expect(text.replace(PLACEHOLDER, ''), `${label(t)} has a stray brace`).not.toMatch(/[{}]/);
      }
    }
  });

  it('has no empty name, subject or body, a one-line subject and plain text', () => {
    for (const t of BUILT_IN_TEMPLATES) {
      expect(t.name.trim(), label(t)).not.toBe('');
      expect(t.subject.trim(), label(t)).not.toBe('');
      expect(t.body.trim(), label(t)).not.toBe('');
      expect(t.subject, label(t)).not.toContain('\n');
      expect(t.body, label(t)).not.toMatch(/<\/?[a-z][^>]*>/i);
      expect(t.body, label(t)).toBe(t.body.trim());
    }
  });

  it('has distinct display names within a language', () => {
    for (const language of TEMPLATE_LANGUAGES) {
      const names = BUILT_IN_TEMPLATES.filter((t) => t.language === language).map((t) => t.name);
      expect(new Set(names).size, language).toBe(names.length);
    }
  });

  it('opens with a greeting to the creator', () => {
    for (const t of BUILT_IN_TEMPLATES) expect(t.body.split('\n')[0], label(t)).toContain('{creator_name}');
  });

  it('signs off with the sender’s name in the last three lines', () => {
    for (const t of BUILT_IN_TEMPLATES) {
      const lastLines = t.body.split('\n').slice(-3).join('\n');
      expect(lastLines, label(t)).toContain('{sender_name}');
    }
  });

  it('states the clause, the date, the days late and the deduction in every formal notice', () => {
    for (const language of TEMPLATE_LANGUAGES) {
      const { body } = builtInTemplate('formal_notice', language);
      for (const v of ['clause', 'due_date', 'days_late', 'deduction']) expect(body, `${language} {${v}}`).toContain(`{${v}}`);
    }
  });

  it('keeps the public comment about the latest post and free of money', () => {
    for (const language of TEMPLATE_LANGUAGES) {
      const t = builtInTemplate('lost_contact_comment', language);
      expect(t.body, language).toContain('{latest_post_topic}');
      for (const text of [t.subject, t.body]) {
        expect(text, language).not.toContain('{deduction}');
        expect(text, language).not.toContain('{fee}');
      }
    }
  });

  it('keeps money out of the friendly rungs of the ladder', () => {
    const friendly = ['warm_checkin', 'caring_inquiry', 'gentle_pressure', 'support_offer', 'lost_contact_goodwill'] as const;
    for (const language of TEMPLATE_LANGUAGES) {
      for (const kind of friendly) {
        const { body } = builtInTemplate(kind, language);
        expect(variablesIn(body), `${language}/${kind}`).not.toContain('deduction');
        expect(variablesIn(body), `${language}/${kind}`).not.toContain('fee');
      }
    }
  });

  it('uses full-width punctuation in Chinese', () => {
    for (const t of ZH_TEMPLATES) {
      for (const text of [t.name, t.subject, t.body]) expect(text, label(t)).not.toMatch(/[,!?;:()]/);
    }
  });

  it('keeps English and Dutch messages short', () => {
    for (const t of [...EN_TEMPLATES, ...NL_TEMPLATES]) {
      const words = t.body.split(/\s+/).filter(Boolean).length;
      expect(words, label(t)).toBeGreaterThanOrEqual(20);
      expect(words, label(t)).toBeLessThanOrEqual(150);
      expect(t.subject.length, label(t)).toBeLessThanOrEqual(70);
    }
  });
});

describe('the remedial plan’s messages', () => {
  it('each step that has a message opens one written for it, not a neighbour’s', () => {
    expect(REMEDIAL_GUIDE.new_schedule.templateKind).toBe('new_schedule');
    expect(REMEDIAL_GUIDE.restate_goals.templateKind).toBe('restate_goals');
    expect(REMEDIAL_GUIDE.end_politely.templateKind).toBe('polite_ending');
    for (const language of TEMPLATE_LANGUAGES) {
      // A new schedule is about timing, not a contract still to sign; an ending does not praise results.
      expect(builtInTemplate('new_schedule', language).body, language).not.toMatch(/sign|签|onderteken/i);
      expect(builtInTemplate('polite_ending', language).body, language).toMatch(/\{campaign_name\}/);
    }
  });

  it('the thank-you claims nothing about how the results went', () => {
    for (const language of TEMPLATE_LANGUAGES) {
      expect(builtInTemplate('thank_you', language).body, language).not.toMatch(/results look|great|数据|不错|resultaten|top/i);
    }
  });
});
