import type { MissingMaterial } from '../../../../shared/materials/schemas';
import { currentIntlTag, i18n } from '../../i18n';

/** After a restore or an import: which materials came back without their file, or null when none did. */
export function missingMaterialsText(missing: readonly MissingMaterial[]): string | null {
  if (missing.length === 0) return null;
  const names = new Intl.ListFormat(currentIntlTag(), { type: 'conjunction' }).format(missing.map((m) => `“${m.name}”`));
  return i18n.t('materials:restore.missing', { count: missing.length, names });
}
