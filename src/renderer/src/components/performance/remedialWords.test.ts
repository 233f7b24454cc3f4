import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../../shared/i18n/createI18n';
import { REMEDIAL_GUIDE } from '../../../../shared/metrics/remedialSteps';
import { REMEDIAL_STEPS } from '../../../../shared/metrics/schemas';

// The plan shows its steps from the catalogs; the API and the timeline name them in the guide's English.
describe('the remedial steps on screen', () => {
  const words = (locale: 'en' | 'zh' | 'nl') => createI18n(locale).getFixedT(locale, 'campaigns');
  it.each(REMEDIAL_STEPS)('%s reads in English as the guide has it', (step) => {
    const t = words('en');
    expect(REMEDIAL_GUIDE[step].title).not.toBe('');
    expect(t(`remedial.step.${step}.title`)).toBe(REMEDIAL_GUIDE[step].title);
    expect(t(`remedial.step.${step}.advice`)).toBe(REMEDIAL_GUIDE[step].advice);
  });

  it('keeps the words of today', () => {
    expect(REMEDIAL_GUIDE.talk).toEqual({ title: 'Talk first', advice: 'Ask how it is going before anything else: reach can dip for reasons outside their control.', templateKind: 'caring_inquiry' });
    expect(REMEDIAL_GUIDE.end_politely.title).toBe('End politely');
  });

  it.each(['zh', 'nl'] as const)('reads in %s in its own words', (locale) => {
    const t = words(locale);
    for (const step of REMEDIAL_STEPS) expect(t(`remedial.step.${step}.title`)).not.toBe(REMEDIAL_GUIDE[step].title);
  });
});
