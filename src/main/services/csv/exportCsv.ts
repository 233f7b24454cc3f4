import Papa from 'papaparse';
import { sql } from 'drizzle-orm';
import { COUNTED_COLLABORATION } from '../../db/sqlFragments';
import type { z } from 'zod';
import { toCell } from '../../../shared/csv/cells';
import type { CsvExportInput, CsvFile } from '../../../shared/csv/schemas';
import { translator } from '../../../shared/i18n/createI18n';
import type { Locale } from '../../../shared/i18n/locales';
import { toMajor } from '../../../shared/money';
import { brandLocale } from '../brandLocale';
import type { Ctx } from '../context';
import { nowIso } from '../context';
import { getCampaign } from '../campaigns';
import { listDeadlines } from '../deadlineList';
import { PaymentFacts } from '../../../shared/payments/schemas';

type Row = (string | number | null)[];

/** Creators, collaborations, metrics or payments as CSV; the creators and metrics files import back as they are. */
export function exportCsv(ctx: Ctx, input: z.output<typeof CsvExportInput>): CsvFile {
  const campaign = input.campaignId === undefined ? null : getCampaign(ctx, input.campaignId);
  const [columns, rows] = EXPORTS[input.kind](ctx, input.campaignId);
  const header = headerIn(input.englishHeaders ? 'en' : (input.language ?? brandLocale(ctx)), input.kind, columns);
  const csv = Papa.unparse({ fields: header, data: rows.map((r) => r.map(toCell)) }, { newline: '\r\n' });
  const scope = campaign ? `-${campaign.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}` : '';
  return { filename: `followthrough-${input.kind}${scope}-${nowIso(ctx).slice(0, 10)}.csv`, csv, rows: rows.length };
}

type Kind = z.output<typeof CsvExportInput>['kind'];

/**
 * The column names in a language. Those of the files that import back (creators, metrics) are
 * names the import already recognises in that language, so a file goes back in whichever it was written in.
 */
function headerIn(locale: Locale, kind: Kind, columns: readonly string[]): string[] {
  const t = translator(locale);
  return columns.map((column) => t(`csvHeader.${kind}.${column}`, { ns: 'importExport', defaultValue: column }));
}

const EXPORTS: Record<z.output<typeof CsvExportInput>['kind'], (ctx: Ctx, campaignId: number | undefined) => [string[], Row[]]> = {
  creators: (ctx) => creators(ctx),
  collaborations,
  metrics,
  payments,
};

function creators(ctx: Ctx): [string[], Row[]] {
  const rows = ctx.db.all<{ name: string; handles: string; email: string | null; followers: number | null; region: string | null; language: string | null; timeZone: string | null; notes: string }>(sql`
    SELECT name, handles, email, followers, region, language, time_zone AS timeZone, notes FROM creators
    WHERE visibility IN ('shown', 'archived') ORDER BY name COLLATE NOCASE, id`);
  return [
    ['name', 'handles', 'email', 'followers', 'region', 'language', 'time_zone', 'notes'],
    rows.map((c) => [
      c.name,
      (JSON.parse(c.handles) as { platform: string; handle: string }[]).map((h) => `${h.platform}:${h.handle}`).join('; '),
      c.email,
      c.followers,
      c.region,
      c.language,
      c.timeZone,
      c.notes,
    ]),
  ];
}

function collaborations(ctx: Ctx, campaignId: number | undefined): [string[], Row[]] {
  const scope = campaignId === undefined ? sql`1` : sql`c.campaign_id = ${campaignId}`;
  const rows = ctx.db.all<{ id: number; creator: string; campaign: string | null; stage: string; feeMinor: number; currency: string; product: string; signedOn: string | null; productReceivedOn: string | null }>(sql`
    SELECT c.id, cr.name AS creator, ca.name AS campaign, c.stage, c.fee_minor AS feeMinor, c.currency, c.product,
           c.signed_on AS signedOn, c.product_received_on AS productReceivedOn
    FROM collaborations c JOIN creators cr ON cr.id = c.creator_id LEFT JOIN campaigns ca ON ca.id = c.campaign_id
    WHERE ${scope} AND ${sql.raw(COUNTED_COLLABORATION)} ORDER BY c.id`);
  const { deadlines, penalties } = listDeadlines(ctx, { ...(campaignId === undefined ? {} : { campaignId }), openOnly: false });
  const next = new Map<number, { name: string; dueDate: string }>();
  const late = new Map<number, number>();
  for (const d of deadlines) {
    if (d.party !== 'creator' || d.dueDate === null) continue;
    late.set(d.collaborationId, Math.max(late.get(d.collaborationId) ?? 0, d.daysLate));
    if (d.deliveredAt === null && (d.status === 'overdue' || d.status === 'due_soon' || d.status === 'upcoming')) {
      const current = next.get(d.collaborationId);
      if (!current || d.dueDate < current.dueDate) next.set(d.collaborationId, { name: d.name, dueDate: d.dueDate });
    }
  }
  const deduction = new Map(penalties.map((p) => [p.collaborationId, p.deductionMinor]));
  return [
    ['id', 'creator', 'campaign', 'stage', 'fee', 'currency', 'product', 'signed_on', 'product_received_on', 'next_deadline', 'next_due', 'days_late', 'deduction'],
    rows.map((c) => [
      c.id,
      c.creator,
      c.campaign,
      c.stage,
      toMajor(c.feeMinor, c.currency),
      c.currency,
      c.product,
      c.signedOn,
      c.productReceivedOn,
      next.get(c.id)?.name ?? null,
      next.get(c.id)?.dueDate ?? null,
      late.get(c.id) ?? 0,
      toMajor(deduction.get(c.id) ?? 0, c.currency),
    ]),
  ];
}

function metrics(ctx: Ctx, campaignId: number | undefined): [string[], Row[]] {
  const scope = campaignId === undefined ? sql`1` : sql`c.campaign_id = ${campaignId}`;
  const rows = ctx.db.all<Record<string, string | number | null>>(sql`
    SELECT cr.name AS creator, ca.name AS campaign, d.platform, d.url, d.title, d.published_at AS publishedAt, s.captured_at AS capturedAt,
           s.views, s.reach, s.likes, s.comments, s.shares, s.saves, s.clicks, s.conversions, s.cost_minor AS costMinor, c.currency
    FROM metric_snapshots s JOIN deliverables d ON d.id = s.deliverable_id JOIN collaborations c ON c.id = d.collaboration_id
    JOIN creators cr ON cr.id = c.creator_id LEFT JOIN campaigns ca ON ca.id = c.campaign_id
    WHERE ${scope} AND ${sql.raw(COUNTED_COLLABORATION)} ORDER BY s.captured_at, s.id`);
  const fields = ['creator', 'campaign', 'platform', 'url', 'title', 'publishedAt', 'capturedAt', 'views', 'reach', 'likes', 'comments', 'shares', 'saves', 'clicks', 'conversions'] as const;
  return [
    ['creator', 'campaign', 'platform', 'post_url', 'title', 'published_at', 'captured_at', 'views', 'reach', 'likes', 'comments', 'shares', 'saves', 'clicks', 'conversions', 'cost'],
    rows.map((r) => [...fields.map((f) => r[f] ?? null), r.costMinor === null ? null : toMajor(Number(r.costMinor), String(r.currency))]),
  ];
}

/** Every payment to a creator, for the bookkeeper: the day it was paid, to whom, what for, how much. */
function payments(ctx: Ctx, campaignId: number | undefined): [string[], Row[]] {
  const scope = campaignId === undefined ? sql`1` : sql`c.campaign_id = ${campaignId}`;
  const rows = ctx.db.all<{ id: number; collaborationId: number; creator: string; campaign: string | null; recordedAt: string; data: string }>(sql`
    SELECT e.id, c.id AS collaborationId, cr.name AS creator, ca.name AS campaign, e.recorded_at AS recordedAt, e.data
    FROM events e JOIN collaborations c ON c.id = e.collaboration_id JOIN creators cr ON cr.id = c.creator_id LEFT JOIN campaigns ca ON ca.id = c.campaign_id
    WHERE e.type = 'payment.recorded' AND ${scope} AND ${sql.raw(COUNTED_COLLABORATION)} ORDER BY e.id`);
  const paid = rows
    .map((r) => ({ ...r, data: PaymentFacts.parse(JSON.parse(r.data)) }))
    .sort((x, y) => (x.data.paidOn === y.data.paidOn ? x.id - y.id : x.data.paidOn < y.data.paidOn ? -1 : 1));
  return [
    ['paid_on', 'collaboration_id', 'creator', 'campaign', 'for', 'amount', 'currency', 'method', 'reference', 'recorded_at'],
    paid.map(({ data: p, ...r }) => [p.paidOn, r.collaborationId, r.creator, r.campaign, p.kind, toMajor(p.amountMinor, p.currency), p.currency, p.method, p.reference, r.recordedAt]),
  ];
}
