import IntlMessageFormat from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { INTL_TAGS, LOCALES, type Locale } from './locales';
import { resources } from './resources';
import { SAME_AS_ENGLISH } from './sameAsEnglish';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** Every message of a language as `namespace:key` → text. */
function messages(locale: Locale): Map<string, string> {
  const out = new Map<string, string>();
  for (const [ns, tree] of Object.entries(resources[locale])) for (const [key, text] of flatten(tree as Tree)) out.set(`${ns}:${key}`, text);
  return out;
}

type Node = { type: number; value?: string; options?: Record<string, { value: Node[] }>; children?: Node[] };

/** The names a message fills in ({count}, {name}…), whatever plural or select they sit in. */
function argumentsOf(text: string, locale: Locale): string[] {
  const names = new Set<string>();
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      // Literals (0) and # (7) name nothing; tags (8) hold their children.
      if (node.type !== 0 && node.type !== 7 && node.type !== 8 && node.value) names.add(node.value);
      for (const option of Object.values(node.options ?? {})) walk(option.value);
      if (node.children) walk(node.children);
    }
  };
  walk(new IntlMessageFormat(text, INTL_TAGS[locale]).getAst() as Node[]);
  return [...names].sort();
}

const english = messages('en');
const HAN = /\p{Script=Han}/u;
const LETTERS = /\p{L}/u;

describe('the catalogs', () => {
  it('have English messages that parse as ICU', () => {
    for (const [key, text] of english) expect(() => argumentsOf(text, 'en'), key).not.toThrow();
  });

  for (const locale of LOCALES.filter((l) => l !== 'en')) {
    const translated = messages(locale);

    it(`${locale} has every English key and no other`, () => {
      expect([...english.keys()].filter((key) => !translated.has(key)), `missing in ${locale}`).toEqual([]);
      expect([...translated.keys()].filter((key) => !english.has(key)), `only in ${locale}`).toEqual([]);
    });

    it(`${locale} fills in the same arguments as English`, () => {
      for (const [key, text] of translated) {
        const source = english.get(key);
        if (source === undefined) continue;
        expect(argumentsOf(text, locale), `${locale} ${key}`).toEqual(argumentsOf(source, 'en'));
      }
    });

    it(`${locale} leaves nothing in English`, () => {
      const allowed = new Set(SAME_AS_ENGLISH[locale]);
      const untranslated = [...translated].filter(([key, text]) => {
        if (allowed.has(key)) return false;
        const source = english.get(key) ?? '';
        if (!LETTERS.test(source)) return false;
        // Chinese text has Chinese characters in it; Dutch text differs from the English.
        return locale === 'zh' ? !HAN.test(text) : text === source;
      });
      expect(untranslated.map(([key]) => key)).toEqual([]);
    });
  }

  it('allows English only where the words are the same in both languages', () => {
    for (const locale of ['zh', 'nl'] as const) {
      for (const key of SAME_AS_ENGLISH[locale]) expect(english.has(key), `${locale} allow-list names ${key}`).toBe(true);
    }
  });
});
