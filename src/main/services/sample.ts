import { count, ne } from 'drizzle-orm';
import { rememberSample } from './archive/sampleRows';
import { subDays } from 'date-fns';
import type { MessageDirection } from '../../shared/schemas';
import type { Stage } from '../../shared/stages';
import { collaborations, creators } from '../db/schema';
import { createCampaign } from './campaigns';
import { dateInZone } from '../../shared/dates';
import { createCollaboration, moveCollaboration, updateCollaboration } from './collaborations';
import { finalizeContract, presetForCollaboration } from './contracts';
import { listDeadlines } from './deadlineList';
import { deliverMilestone } from './deadlines';
import { logEvent } from './events';
import { addDeliverable, recordSnapshot } from './metrics/deliverables';
import { getSettings } from './settings';
import type { Ctx } from './context';
import { AppError } from './errors';
import { createCreator } from './influencers';
import { addShipment } from './shipments';
import { problem } from '../../shared/i18n/problems';
import { translator } from '../../shared/i18n/createI18n';
import { Locale } from '../../shared/i18n/locales';
import type { Catalogs } from '../../shared/i18n/resources';
import { brandLocale } from './brandLocale';

const CREATORS = [
  { name: 'Mia Janssen', handles: [{ platform: 'instagram', handle: '@mia.makes' }], followers: 48_200, region: 'EU', timeZone: 'Europe/Amsterdam', language: 'nl', email: 'mia@example.com', shippingAddress: 'Mia Janssen\nKeizersgracht 123\n1015 CJ Amsterdam\nNetherlands' },
  { name: 'Lin Wei', handles: [{ platform: 'xiaohongshu', handle: 'linwei_home' }, { platform: 'douyin', handle: 'linwei' }], followers: 126_000, region: 'CN', timeZone: 'Asia/Shanghai', language: 'zh', email: null, shippingAddress: '林薇\n上海市徐汇区衡山路 88 号 5 室\n200031\n中国' },
  { name: 'Jordan Reyes', handles: [{ platform: 'youtube', handle: '@jordanreviews' }], followers: 310_000, region: 'US', timeZone: 'America/Los_Angeles', language: 'en', email: 'jordan@example.com', shippingAddress: 'Jordan Reyes\n2150 Sunset Blvd, Apt 4\nLos Angeles, CA 90026\nUnited States' },
  { name: 'Sophie Martin', handles: [{ platform: 'tiktok', handle: '@sophiecooks' }], followers: 89_500, region: 'EU', timeZone: 'Europe/Paris', language: 'fr', email: 'hello@sophiecooks.example', shippingAddress: 'Sophie Martin\n12 rue des Martyrs\n75009 Paris\nFrance' },
  { name: 'Tom Baker', handles: [{ platform: 'instagram', handle: '@tomoutdoors' }], followers: 22_900, region: 'UK', timeZone: 'Europe/London', language: 'en', email: 'tom@example.com', shippingAddress: 'Tom Baker\n4 Harbour Street\nBristol BS1 4RN\nUnited Kingdom' },
  { name: 'Aiko Tanaka', handles: [{ platform: 'youtube', handle: '@aikodesk' }, { platform: 'instagram', handle: '@aiko.desk' }], followers: 64_000, region: 'APAC', timeZone: 'Asia/Tokyo', language: 'ja', email: 'aiko@example.com', shippingAddress: 'Aiko Tanaka\n2-1-1 Nihonbashi, Chuo-ku\nTokyo 103-0027\nJapan' },
] as const;

// [creator index, campaign index or null, stage, fee in cents, days in the current stage,
//  days since the product arrived (a finalized paid-video contract) or null]
const COLLABORATIONS: [number, number | null, Stage, number, number, number | null][] = [
  [0, 0, 'outreach', 40_000, 2, null],
  [1, 0, 'negotiating', 120_000, 5, null],
  [2, 1, 'contract_sent', 250_000, 3, null],
  [3, 0, 'product_shipped', 0, 4, null],
  [4, 1, 'product_received', 60_000, 6, 6],
  [5, 1, 'in_production', 90_000, 9, 16],
  [0, 1, 'in_review', 45_000, 1, 17],
  [2, 0, 'published', 180_000, 12, 33],
  [3, null, 'completed', 30_000, 20, null],
  [4, 0, 'prospect', 0, 1, null],
];

// What the creator has delivered by the time the card reached its stage.
// What is done by the time the card reached its stage; the brand paid its deposits on time.
const DELIVERED_BY_STAGE: Partial<Record<Stage, readonly string[]>> = {
  product_received: ['deposit'],
  in_production: ['deposit', 'feedback', 'script'],
  in_review: ['deposit', 'feedback', 'script', 'draft'],
  published: ['deposit', 'feedback', 'script', 'draft', 'review', 'publish'],
};

const ns = 'sample';

// A few conversations, so the cards show who owes the next message: [collaboration index,
// hours ago, direction, what was said (a sample:conversation line)]. The one in production has
// gone quiet for over a week.
const TO: MessageDirection = 'brand_to_creator';
const FROM: MessageDirection = 'creator_to_brand';
const CONVERSATIONS: [number, number, MessageDirection, keyof Catalogs['sample']['conversation']][] = [
  [0, 50, TO, 'invite'],
  [1, 140, TO, 'offer'],
  [1, 120, FROM, 'stagger'],
  [1, 20, TO, 'agreed'],
  [2, 3, FROM, 'usageRights'],
  [5, 220, TO, 'filming'],
  [5, 150, TO, 'draftDueSoon'],
  [5, 80, TO, 'draftLate'],
];

/**
 * The language a brand and a creator write to each other in: the creator's, when the app speaks it.
 * A creator in another language (Sophie in French, Aiko in Japanese) would get English from a brand
 * abroad, whatever the brand speaks at home: it is their shared working language, and a Dutch or
 * Chinese line would be one the creator could not read.
 */
const spokenWith = (creatorLanguage: string): Locale => Locale.safeParse(creatorLanguage).data ?? 'en';

/** Fills an empty workspace with a believable spread of creators and collaborations. */
export function loadSampleData(ctx: Ctx) {
  // What was deleted (the trash emptied, the sample removed) is only the history's anchor now.
  const kept = (visibility: typeof creators.visibility | typeof collaborations.visibility) => ne(visibility, 'deleted');
  const existing =
    ctx.db.select({ n: count() }).from(creators).where(kept(creators.visibility)).get()!.n +
    ctx.db.select({ n: count() }).from(collaborations).where(kept(collaborations.visibility)).get()!.n;
  if (existing > 0) {
    throw new AppError('CONFLICT', problem('service.sampleNotEmpty'));
  }
  return ctx.db.transaction((tx) => {
    const now = ctx.clock.now();
    const { timeZone } = getSettings(ctx);
    // What the brand would have typed itself (campaigns, products, the parcel, the post) is in its
    // own language; once stored it is the brand's text, like anything typed, and stays as it is.
    const t = translator(brandLocale(ctx));
    const dayOf = (daysAgo: number) => dateInZone(subDays(now, daysAgo), timeZone);
    const campaigns = [
      createCampaign(ctx, {
        name: t('campaign.kitchen.name', { ns }),
        product: t('campaign.kitchen.product', { ns }),
        goals: t('campaign.kitchen.goals', { ns }),
        targets: { posts: 8, views: 400_000, engagementRatePct: 4 },
        budgetMinor: 1_000_000,
        currency: 'EUR',
        startDate: dayOf(45),
        endDate: dayOf(-30),
      }),
      createCampaign(ctx, {
        name: t('campaign.desk.name', { ns }),
        product: t('campaign.desk.product', { ns }),
        goals: t('campaign.desk.goals', { ns }),
        targets: { posts: 5, clicks: 3_000, conversions: 150 },
        budgetMinor: 600_000,
        currency: 'EUR',
        startDate: dayOf(20),
        endDate: dayOf(-60),
      }),
    ];
    const people = CREATORS.map((c) =>
      createCreator(ctx, { ...c, handles: c.handles.map((h) => ({ ...h })), notes: '', active: true }),
    );
    const at = (daysAgo: number): Ctx => ({ ...ctx, clock: { now: () => subDays(now, daysAgo) } });
    const made: number[] = [];
    for (const [who, campaign, stage, feeMinor, daysInStage, received] of COLLABORATIONS) {
      const stamped = { ...ctx, clock: { now: () => subDays(now, daysInStage) } };
      const collab = createCollaboration({ ...ctx, clock: { now: () => subDays(now, daysInStage + 7) } }, {
        creatorId: people[who]!.id,
        campaignId: campaign === null ? null : campaigns[campaign]!.id,
        feeMinor,
        currency: 'EUR',
        productValueMinor: 8_900,
        startDate: null,
        publishBy: null, expectsPost: true, replyWithinHours: null,
        signedOn: null,
        productReceivedOn: null,
        notes: '',
        stage: 'prospect',
      });
      if (received !== null) {
        const terms = presetForCollaboration(ctx, { collaborationId: collab.id, preset: 'paid_video' });
        finalizeContract(at(received + 6), { collaborationId: collab.id, terms });
        updateCollaboration(at(received), { id: collab.id, signedOn: dayOf(received + 6), productReceivedOn: dayOf(received) });
        // One at a time: a delivery can date the next duty (a delivered draft opens the review).
        for (const kind of DELIVERED_BY_STAGE[stage] ?? []) {
          const { deadlines } = listDeadlines(ctx, { collaborationId: collab.id, openOnly: true });
          const d = deadlines.find((x) => x.kind === kind && x.dueAt !== null);
          if (!d) continue;
          // On time, a day before it was due, unless that is still ahead.
          const deliveredAt = Math.min(Date.parse(d.dueAt!) - 86_400_000, now.getTime() - 3_600_000);
          deliverMilestone({ ...ctx, clock: { now: () => new Date(deliveredAt) } }, { id: d.id });
        }
      }
      if (stage !== 'prospect') moveCollaboration(stamped, { id: collab.id, to: stage });
      made.push(collab.id);
    }
    // The gift on its way to Sophie: shipped the day the card moved, not arrived yet.
    addShipment(at(4), { collaborationId: made[3]!, carrier: 'dpd', trackingNumber: '01905012345678', items: [{ sku: 'CI-26', name: t('shipment.skillet', { ns }), quantity: 1, valueMinor: 8_900 }], shippedOn: dayOf(4), deliveredOn: null, returnedOn: null, moveCard: false });
    // The published video's numbers, read twice since it went live.
    const video = addDeliverable(at(11), { collaborationId: made[7]!, platform: 'youtube', url: 'https://www.youtube.com/watch?v=skillet-sample', title: t('post.skilletVideo', { ns }), publishedAt: subDays(now, 11).toISOString() });
    for (const [daysAgo, views, likes, comments, clicks] of [[8, 64_000, 2_900, 310, 640], [1, 118_000, 5_100, 540, 1_150]] as const) {
      recordSnapshot(at(daysAgo), { deliverableId: video.id, capturedAt: subDays(now, daysAgo).toISOString(), views, reach: null, likes, comments, shares: null, saves: null, clicks, conversions: null, costMinor: null });
    }
    for (const [index, hoursAgo, direction, line] of CONVERSATIONS) {
      const at = new Date(now.getTime() - hoursAgo * 3_600_000).toISOString();
      const said = translator(spokenWith(CREATORS[COLLABORATIONS[index]![0]]!.language));
      logEvent(ctx, { collaborationId: made[index]!, type: 'message', direction, channel: 'email', text: said(`conversation.${line}`, { ns }), at });
    }
    rememberSample(tx, { creators: people.map((p) => p.id), campaigns: campaigns.map((c) => c.id), collaborations: made });
    return { creators: people.length, campaigns: campaigns.length, collaborations: COLLABORATIONS.length };
  });
}
