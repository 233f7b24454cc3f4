import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../../shared/i18n/createI18n';
import { REMEDIAL_GUIDE } from '../../../../shared/metrics/remedialSteps';
import { REMEDIAL_STEPS } from '../../../../shared/metrics/schemas';

// The plan shows its steps from the catalogs; the timeline and the API still name them from the guide.
describe('the remedial steps on screen', () => {
  const t = createI18n('en').getFixedT('en', 'campaigns');
  it.each(REMEDIAL_STEPS)('%s reads in English as the guide has it', (step) => {
    expect(t(`remedial.step.${step}.title`)).toBe(REMEDIAL_GUIDE[step].title);
    expect(t(`remedial.step.${step}.advice`)).toBe(REMEDIAL_GUIDE[step].advice);
  });
});
