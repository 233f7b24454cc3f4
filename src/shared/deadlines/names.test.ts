import { describe, expect, it } from 'vitest';
import { sayIn } from '../i18n/createI18n';
import { deadlineName, dutyName, givenNameKey, kindName } from './names';

describe('the names Followthrough gives a deadline', () => {
  it('are said in the reader’s language, for the brand’s duties and for dates added without a name', () => {
    expect(deadlineName({ key: 'brand_deposit', name: dutyName('deposit') }, sayIn('zh'))).toBe('支付定金');
    expect(deadlineName({ key: 'brand_balance', name: dutyName('fee') }, sayIn('nl'))).toBe('Vergoeding betalen');
    expect(deadlineName({ key: 'brand_balance', name: dutyName('balance') }, sayIn('nl'))).toBe('Restbedrag betalen');
    expect(deadlineName({ key: 'own_publish_by', name: kindName('publish') }, sayIn('zh'))).toBe('内容发布');
    expect(deadlineName({ key: 'own_7', name: kindName('draft') }, sayIn('nl'))).toBe('Concept');
  });

  it('leave a name somebody wrote as written, even one that reads like a given one', () => {
    // A contract's milestone is the contract's words, in the contract's language.
    expect(deadlineName({ key: 'product_feedback', name: 'Product feedback' }, sayIn('zh'))).toBe('Product feedback');
    expect(deadlineName({ key: 'own_7', name: 'Unboxing story' }, sayIn('zh'))).toBe('Unboxing story');
    // A duty renamed by hand (not possible today) would not be mistaken for another.
    expect(givenNameKey({ key: 'brand_deposit', name: 'Pay the balance' })).toBeNull();
  });

  it('recognise the brand’s duties by name alone in a record that kept no key', () => {
    expect(givenNameKey({ key: null, name: 'Review the draft' })).toBe('domain:deadlineName.review');
    expect(givenNameKey({ key: null, name: 'Draft' })).toBeNull();
  });
});
