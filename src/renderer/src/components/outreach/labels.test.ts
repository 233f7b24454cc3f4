import { describe, expect, it } from 'vitest';
import { TEMPLATE_KINDS } from '../../../../shared/outreach/kinds';
import { builtInTemplate } from '../../../../shared/outreach/templates';
import en from '../../../../shared/i18n/catalogs/en/templates.json';

describe('the kind names', () => {
  it('are in English those of the English built-in templates, so the app and the templates never disagree', () => {
    for (const kind of TEMPLATE_KINDS) expect(en.kind[kind], kind).toBe(builtInTemplate(kind, 'en').name);
  });
});
