import { count } from 'drizzle-orm';
import { subDays } from 'date-fns';
import type { Stage } from '../../shared/stages';
import { collaborations, creators } from '../db/schema';
import { createCampaign } from './campaigns';
import { createCollaboration, moveCollaboration } from './collaborations';
import type { Ctx } from './context';
import { AppError } from './errors';
import { createCreator } from './influencers';

const CREATORS = [
  { name: 'Mia Janssen', handles: [{ platform: 'instagram', handle: '@mia.makes' }], followers: 48_200, region: 'EU', timeZone: 'Europe/Amsterdam', language: 'nl', email: 'mia@example.com' },
  { name: 'Lin Wei', handles: [{ platform: 'xiaohongshu', handle: 'linwei_home' }, { platform: 'douyin', handle: 'linwei' }], followers: 126_000, region: 'CN', timeZone: 'Asia/Shanghai', language: 'zh', email: null },
  { name: 'Jordan Reyes', handles: [{ platform: 'youtube', handle: '@jordanreviews' }], followers: 310_000, region: 'US', timeZone: 'America/Los_Angeles', language: 'en', email: 'jordan@example.com' },
  { name: 'Sophie Martin', handles: [{ platform: 'tiktok', handle: '@sophiecooks' }], followers: 89_500, region: 'EU', timeZone: 'Europe/Paris', language: 'fr', email: 'hello@sophiecooks.example' },
  { name: 'Tom Baker', handles: [{ platform: 'instagram', handle: '@tomoutdoors' }], followers: 22_900, region: 'UK', timeZone: 'Europe/London', language: 'en', email: 'tom@example.com' },
  { name: 'Aiko Tanaka', handles: [{ platform: 'youtube', handle: '@aikodesk' }, { platform: 'instagram', handle: '@aiko.desk' }], followers: 64_000, region: 'APAC', timeZone: 'Asia/Tokyo', language: 'ja', email: 'aiko@example.com' },
] as const;

// [creator index, campaign index or null, stage, fee in cents, days in the current stage]
const COLLABORATIONS: [number, number | null, Stage, number, number][] = [
  [0, 0, 'outreach', 40_000, 2],
  [1, 0, 'negotiating', 120_000, 5],
  [2, 1, 'contract_sent', 250_000, 3],
  [3, 0, 'product_shipped', 0, 4],
  [4, 1, 'product_received', 60_000, 6],
  [5, 1, 'in_production', 90_000, 9],
  [0, 1, 'in_review', 45_000, 1],
  [2, 0, 'published', 180_000, 12],
  [3, null, 'completed', 30_000, 20],
  [4, 0, 'prospect', 0, 1],
];

/** Fills an empty workspace with a believable spread of creators and collaborations. */
export function loadSampleData(ctx: Ctx) {
  const existing =
    ctx.db.select({ n: count() }).from(creators).get()!.n + ctx.db.select({ n: count() }).from(collaborations).get()!.n;
  if (existing > 0) {
    throw new AppError('CONFLICT', 'Sample data can only be loaded into an empty workspace; this one already has creators.');
  }
  return ctx.db.transaction(() => {
    const now = ctx.clock.now();
    const campaigns = [
      createCampaign(ctx, {
        name: 'Spring kitchen launch',
        product: 'Cast-iron skillet',
        goals: 'Show the skillet in real weekday cooking; drive sign-ups for the launch discount.',
        targets: { posts: 8, views: 400_000, engagementRatePct: 4 },
        budgetMinor: 1_000_000,
        currency: 'EUR',
      }),
      createCampaign(ctx, {
        name: 'Desk setup series',
        product: 'Bamboo monitor stand',
        goals: 'Honest desk-setup videos with a discount link.',
        targets: { posts: 5, clicks: 3_000, conversions: 150 },
        budgetMinor: 600_000,
        currency: 'EUR',
      }),
    ];
    const people = CREATORS.map((c) =>
      createCreator(ctx, { ...c, handles: c.handles.map((h) => ({ ...h })), notes: '', active: true }),
    );
    for (const [who, campaign, stage, feeMinor, daysInStage] of COLLABORATIONS) {
      const stamped = { ...ctx, clock: { now: () => subDays(now, daysInStage) } };
      const collab = createCollaboration({ ...ctx, clock: { now: () => subDays(now, daysInStage + 7) } }, {
        creatorId: people[who]!.id,
        campaignId: campaign === null ? null : campaigns[campaign]!.id,
        feeMinor,
        currency: 'EUR',
        productValueMinor: 8_900,
        startDate: null,
        publishBy: null,
        notes: '',
        stage: 'prospect',
      });
      if (stage !== 'prospect') moveCollaboration(stamped, { id: collab.id, to: stage });
    }
    return { creators: people.length, campaigns: campaigns.length, collaborations: COLLABORATIONS.length };
  });
}
