import { Checkbox } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { selection, useIsSelected } from './selection';

/** A card's box for the board's bulk actions; Tab reaches it, Space ticks it. */
export function SelectBox({ id, label, tabIndex }: { id: number; label: string; tabIndex?: number }) {
  const { t } = useTranslation('importExport');
  const checked = useIsSelected(id);
  return (
    // Ticking must neither open the card nor start a drag.
    <div onClick={(e) => e.stopPropagation()} onPointerDown={(e) => e.stopPropagation()}>
      <Checkbox tabIndex={tabIndex} size="xs" aria-label={t('selection.select', { name: label })} checked={checked} onChange={() => selection.toggle(id)} />
    </div>
  );
}
