import type { TFunction } from 'i18next';
import { showCount, showMoney, showPct } from '../../../../shared/metrics/format';
import type { CampaignTargets } from '../../../../shared/schemas';

type Targets = Partial<Record<keyof CampaignTargets, number>>;

const COUNTS = ['posts', 'views', 'clicks', 'conversions'] as const;
const COSTS = { cpmMaxMinor: 'cpm', cpeMaxMinor: 'perEngagement', costPerConversionMaxMinor: 'perConversion' } as const;

/** One line for a campaign card: "100,000 views · 3.00 % engagement · CPM at most €8", numbers written the `locale`'s way. */
export function describeTargets(t: TFunction<'campaigns'>, locale: string, targets: Targets, currency: string): string {
  const parts: string[] = [];
  for (const key of COUNTS) {
    const v = targets[key];
    if (v !== undefined) parts.push(t(`targets.${key}`, { number: showCount(v, locale) }));
  }
  if (targets.engagementRatePct !== undefined) parts.push(t('targets.engagement', { rate: showPct(targets.engagementRatePct, locale) }));
  for (const [key, message] of Object.entries(COSTS)) {
    const v = targets[key as keyof typeof COSTS];
    if (v !== undefined) parts.push(t(`targets.${message}`, { amount: showMoney(v, currency, locale) }));
  }
  if (targets.marginPct !== undefined) parts.push(t('targets.margin', { pct: String(targets.marginPct) }));
  return parts.join(t('separator.parts'));
}

/** How much of a target is reached, 0–100 for a progress bar; null without a usable target. */
export function progressPct(actual: number | null, target: number | undefined): number | null {
  if (target === undefined || target <= 0) return null;
  return Math.min(100, Math.max(0, ((actual ?? 0) / target) * 100));
}

/** The dashboard's off-target test is the collaboration's one. */
export { isOffTarget as offTarget } from '../../../../shared/rules/targets';
