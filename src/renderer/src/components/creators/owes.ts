import type { OpenObligation } from '../../../../shared/accountability/schemas';
import { formatDate } from '../../format';
import { i18n } from '../../i18n';

/** "owes: First draft (due 17 Mar 2026) on Spring launch"; the reason an inactive creator cannot be chosen. */
export function owesWords(owed: OpenObligation[]): string {
  if (owed.length === 0) return i18n.t('creators:owes.byHand');
  const items = owed.slice(0, 2).map(one).join(i18n.t('creators:owes.separator'));
  return owed.length > 2 ? i18n.t('creators:owes.listMore', { items, more: owed.length - 2 }) : i18n.t('creators:owes.list', { items });
}

function one({ name, dueDate, campaignName: campaign }: OpenObligation): string {
  if (dueDate && campaign) return i18n.t('creators:owes.itemDueCampaign', { name, date: formatDate(dueDate), campaign });
  if (dueDate) return i18n.t('creators:owes.itemDue', { name, date: formatDate(dueDate) });
  return campaign ? i18n.t('creators:owes.itemCampaign', { name, campaign }) : name;
}
