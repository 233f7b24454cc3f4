import type { OpenObligation } from '../../../../shared/accountability/schemas';
import { formatDate } from '../../format';

/** "owes: First draft (due 17 Mar 2026) on Spring launch"; the reason an inactive creator cannot be chosen. */
export function owesWords(owed: OpenObligation[]): string {
  if (owed.length === 0) return 'inactive: made so by hand on the Creators page';
  const one = (o: OpenObligation) => `${o.name}${o.dueDate ? ` (due ${formatDate(o.dueDate)})` : ''}${o.campaignName ? ` on ${o.campaignName}` : ''}`;
  return `owes: ${owed.slice(0, 2).map(one).join('; ')}${owed.length > 2 ? ` and ${owed.length - 2} more` : ''}`;
}
