import { showCount, showMoney, showPct } from '../../../../shared/metrics/format';
import type { CampaignTargets } from '../../../../shared/schemas';

type Targets = Partial<Record<keyof CampaignTargets, number>>;

const COUNT_LABELS = { posts: 'posts', views: 'views', clicks: 'clicks', conversions: 'conversions' } as const;
const COST_LABELS = { cpmMaxMinor: 'CPM', cpeMaxMinor: 'per engagement', costPerConversionMaxMinor: 'per conversion' } as const;

/** One line for a campaign card: "100,000 views · 3.00 % engagement · CPM at most €8". */
export function describeTargets(targets: Targets, currency: string): string {
  const parts: string[] = [];
  for (const [key, label] of Object.entries(COUNT_LABELS)) {
    const v = targets[key as keyof typeof COUNT_LABELS];
    if (v !== undefined) parts.push(`${showCount(v)} ${label}`);
  }
  if (targets.engagementRatePct !== undefined) parts.push(`${showPct(targets.engagementRatePct)} engagement`);
  for (const [key, label] of Object.entries(COST_LABELS)) {
    const v = targets[key as keyof typeof COST_LABELS];
    if (v !== undefined) parts.push(`${label} at most ${showMoney(v, currency)}`);
  }
  if (targets.marginPct !== undefined) parts.push(`flagged ${targets.marginPct} % off target`);
  return parts.join(' · ');
}

/** How much of a target is reached, 0–100 for a progress bar; null without a usable target. */
export function progressPct(actual: number | null, target: number | undefined): number | null {
  if (target === undefined || target <= 0) return null;
  return Math.min(100, Math.max(0, ((actual ?? 0) / target) * 100));
}

/** The dashboard's off-target test is the collaboration's one. */
export { isOffTarget as offTarget } from '../../../../shared/rules/targets';
