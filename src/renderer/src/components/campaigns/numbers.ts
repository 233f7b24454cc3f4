import { showCount as countIn, showMoney as moneyIn, showPct as pctIn } from '../../../../shared/metrics/format';
import { currentIntlTag } from '../../i18n';

/** The performance numbers as the interface's language writes them ("100,000", "100.000"); "—" where unknown. */
export const showCount = (n: number | null): string => countIn(n, currentIntlTag());
export const showPct = (n: number | null): string => pctIn(n, currentIntlTag());
export const showMoney = (minor: number | null, currency: string): string => moneyIn(minor, currency, currentIntlTag());
