import { describe, expect, it } from 'vitest';
import { briefWarnings, type BriefCheckFacts } from './check';
import { EMPTY_BRIEF, effectiveBrief, keptOverride, overriddenFields } from './merge';
import type { BriefContent } from './schemas';

const complete: BriefContent = {
  ...EMPTY_BRIEF,
  product: 'Glow serum',
  mustSay: ['Lasts all day', 'No perfume'],
  format: 'One YouTube video',
  length: '60–90 seconds',
  contactName: 'Ana',
  contactDetail: 'ana@lumen.example',
};
const dated: BriefCheckFacts = { dates: [{ key: 'publish', name: 'Final video published', dueDate: '2026-03-22' }], creatorRegion: 'EU' };
const codes = (brief: BriefContent, facts: BriefCheckFacts = dated) => briefWarnings(brief, facts).map((w) => w.code);

describe('the brief check', () => {
  it('finds nothing missing in a complete brief with a date outside any holiday', () => {
    expect(briefWarnings(complete, dated)).toEqual([]);
  });

  it('flags a brief with no dates, no selling points, no length and nobody to ask, in that order', () => {
    expect(codes(EMPTY_BRIEF, { dates: [], creatorRegion: 'EU' })).toEqual(['no_length', 'no_dates', 'no_selling_points', 'no_contact']);
    expect(codes({ ...complete, mustSay: [] })).toEqual(['no_selling_points']);
    expect(codes({ ...complete, length: '  ' })).toEqual(['no_length']);
    expect(codes(complete, { dates: [], creatorRegion: null })).toEqual(['no_dates']);
  });

  it('takes a name or a way to reach someone as a contact', () => {
    expect(codes({ ...complete, contactDetail: '' })).toEqual([]);
    expect(codes({ ...complete, contactName: '' })).toEqual([]);
    expect(codes({ ...complete, contactName: '', contactDetail: '' })).toEqual(['no_contact']);
  });

  it('leaves the dates of a campaign brief unchecked: a campaign has no creator', () => {
    expect(codes(complete, { dates: null, creatorRegion: null })).toEqual([]);
  });

  it('flags a deadline in the holidays of the creator’s region, not of another', () => {
    const christmas: BriefCheckFacts = { dates: [{ key: 'publish', name: 'Final video published', dueDate: '2026-12-28' }, { key: 'script', name: 'Script', dueDate: null }], creatorRegion: 'EU' };
    expect(briefWarnings(complete, christmas)).toEqual([
      { code: 'deadline_in_holidays', key: 'publish', name: 'Final video published', dueDate: '2026-12-28', holiday: 'christmas_new_year', start: '2026-12-20', end: '2027-01-02' },
    ]);
    expect(codes(complete, { ...christmas, creatorRegion: 'CN' })).toEqual([]);
    const newYear: BriefCheckFacts = { dates: [{ key: 'own_1', name: 'Draft', dueDate: '2026-02-18' }], creatorRegion: 'CN' };
    expect(briefWarnings(complete, newYear)).toContainEqual(expect.objectContaining({ code: 'deadline_in_holidays', holiday: 'lunar_new_year' }));
  });
});

describe('a collaboration’s brief on top of its campaign’s', () => {
  it('takes each field it sets, and the campaign’s for the rest', () => {
    const merged = effectiveBrief(complete, { length: '30 seconds', mustNot: ['Competitors'] });
    expect(merged).toEqual({ ...complete, length: '30 seconds', mustNot: ['Competitors'] });
    expect(effectiveBrief(null, { length: '30 seconds' })).toEqual({ ...EMPTY_BRIEF, length: '30 seconds' });
  });

  it('keeps only the fields that differ from the campaign’s', () => {
    const kept = keptOverride(complete, { length: '60–90 seconds', mustSay: ['Lasts all day', 'No perfume'], format: 'Three Reels', notes: '' });
    expect(kept).toEqual({ format: 'Three Reels' });
    expect(overriddenFields(kept)).toEqual(['format']);
    // Without a campaign brief, a field left empty is no override either.
    expect(keptOverride(null, { notes: '', length: '1 minute' })).toEqual({ length: '1 minute' });
  });
});
