import type { TFunction } from 'i18next';
import { missWords, type Say } from '../../../../shared/metrics/missText';
import type { TargetMiss } from '../../../../shared/metrics/schemas';

/**
 * A missed target in the interface's language, by the same words the printed report uses: the
 * text the API sends along is the report's English. Costs are in the collaboration's (or the campaign's) `currency`.
 */
export function missText(t: TFunction<'campaigns'>, locale: string, miss: TargetMiss, currency: string): string {
  return missWords(t as unknown as Say, locale, miss, currency);
}
