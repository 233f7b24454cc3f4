import { formatMoney } from '../money';

/** How performance numbers read in tables and reports: unknown is "—", never NaN. */
export const showCount = (n: number | null): string => (n === null ? '—' : Math.round(n).toLocaleString('en-US'));
export const showPct = (n: number | null): string => (n === null ? '—' : `${n.toFixed(2)} %`);
export const showMoney = (minor: number | null, currency: string): string => (minor === null ? '—' : formatMoney(Math.round(minor), currency));
