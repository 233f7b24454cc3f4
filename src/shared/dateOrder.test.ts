import { describe, expect, it } from 'vitest';
import { spelled } from './i18n/spelled';
import { CampaignCreateInput, CollaborationCreateInput, CollaborationUpdateInput } from './schemas';

const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.error?.issues.map((i) => [i.path.join('.'), spelled(i.message).message]) ?? [];

describe('dates out of order', () => {
  it('are named together with every other problem, so a form shows them all at once', () => {
    expect(issues(CollaborationCreateInput.safeParse({ startDate: '2026-03-01', publishBy: '2026-02-01' }))).toEqual([
      ['creatorId', 'Expected a numeric id'],
      ['publishBy', 'The publish-by date (2026-02-01) cannot be before the start date (2026-03-01)'],
    ]);
    expect(issues(CampaignCreateInput.safeParse({ name: '', startDate: '2026-03-01', endDate: '2026-02-01', budgetMinor: -1 }))).toContainEqual([
      'endDate',
      'The end date (2026-02-01) cannot be before the start date (2026-03-01)',
    ]);
  });

  it('are not judged while a date is missing or is not a date', () => {
    expect(issues(CollaborationUpdateInput.safeParse({ id: 1, publishBy: '2026-02-01' }))).toEqual([]);
    const paths = issues(CollaborationCreateInput.safeParse({ creatorId: 1, startDate: 'soon', publishBy: '2026-02-01' })).map(([path]) => path);
    expect(new Set(paths)).toEqual(new Set(['startDate']));
  });
});
