import type { z } from 'zod';
import { renderReport } from '../../../shared/metrics/reportHtml';
import type { ReportInput } from '../../../shared/metrics/schemas';
import { brandLocale } from '../brandLocale';
import { type Ctx, nowIso } from '../context';
import { getSettings } from '../settings';
import { campaignDashboard } from './performance';

export function campaignReport(ctx: Ctx, input: z.output<typeof ReportInput>): { filename: string; html: string } {
  const dashboard = campaignDashboard(ctx, { campaignId: input.campaignId });
  const now = nowIso(ctx);
  const slug = dashboard.campaignName.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || `campaign-${dashboard.campaignId}`;
  return { filename: `report-${slug}-${now.slice(0, 10)}.pdf`, html: renderReport(dashboard, getSettings(ctx).paper, now, input.language ?? brandLocale(ctx)) };
}
