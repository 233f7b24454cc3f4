import { describe, expect, it } from 'vitest';
import { presetTerms } from '../contract/presets';
import { spelled } from '../i18n/spelled';
import { dealChanges, dealLocked, dealOfTerms, isPaid, withoutDealFields } from './deal';

const seed = { brandName: 'Lumen', senderName: 'Ana', creatorName: 'Mia', creatorHandle: '', creatorEmail: '', platforms: [], feeMinor: 150_000, currency: 'EUR', product: 'Serum', productValueMinor: null, creatorRegion: null };

describe('the deal a contract version sets', () => {
  it('takes fee, currency and product value from the terms; a fee above zero is paid', () => {
    expect(dealOfTerms(presetTerms('paid_video', seed))).toEqual({ feeMinor: 150_000, currency: 'EUR', productValueMinor: null });
    expect(isPaid(150_000)).toBe(true);
    expect(isPaid(0)).toBe(false);
  });

  it('names only the fields that change, with both values', () => {
    expect(dealChanges({ feeMinor: 0, currency: 'EUR', productValueMinor: null }, { feeMinor: 150_000, currency: 'EUR', productValueMinor: null })).toEqual({ feeMinor: { from: 0, to: 150_000 } });
    expect(dealChanges({ feeMinor: 1, currency: 'EUR', productValueMinor: 5 }, { feeMinor: 1, currency: 'EUR', productValueMinor: 5 })).toEqual({});
  });

  it('says which version sets a locked field, and drops the deal fields from an edit', () => {
    expect(spelled(dealLocked('currency', 2))).toEqual({ message: 'The currency is set by contract v2. To change it, finalize a new version of the contract.', key: 'service.dealLocked', params: { field: 'currency', version: 2 } });
    expect(withoutDealFields({ feeMinor: 1, currency: 'EUR', productValueMinor: null, notes: 'x' })).toEqual({ notes: 'x' });
  });
});
