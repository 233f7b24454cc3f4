import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { reliabilityText } from '../../../../shared/accountability/reliabilityWords';
import type { Reliability } from '../../../../shared/accountability/schemas';
import { currentIntlTag, i18n, say } from '../../i18n';
import { scoreColor } from './reliability';

interface Props {
  score: number | null;
  /** The facts behind the score, said on hover ("On time 4 of 5 deliverables, …"), where they are known. */
  facts?: Reliability;
  /** For board cards and picker options. */
  compact?: boolean;
}

/**
 * A creator's reliability as a coloured number. The hover text is a native title: the board
 * shows this on thousands of cards, where a Mantine tooltip each would cost too much.
 */
export function ReliabilityBadge({ score, facts, compact = false }: Props) {
  // Subscribes the badge to the language, which scoreAttributes reads without React.
  useTranslation('creators');
  const { title, ...a11y } = scoreAttributes(score, facts && reliabilityText(facts, say, currentIntlTag()));
  return (
    <Badge
      data-testid="reliability"
      data-score={score ?? ''}
      color={scoreColor(score)}
      variant={score === null ? 'default' : 'light'}
      size={compact ? 'sm' : 'lg'}
      radius="sm"
      miw={compact ? 30 : 44}
      px={compact ? 5 : undefined}
      title={title}
      style={{ flexShrink: 0, fontVariantNumeric: 'tabular-nums' }}
      {...a11y}
    >
      {score ?? '—'}
    </Badge>
  );
}

/** What the score says to a screen reader and on hover; the board's own badge carries the same. */
export function scoreAttributes(score: number | null, explanation?: string) {
  const title = explanation ?? (score === null ? i18n.t('creators:reliability.notEnough') : i18n.t('creators:reliability.outOf', { score }));
  return score === null
    ? { title, role: 'img', 'aria-label': i18n.t('creators:reliability.none') }
    : { title, role: 'meter', 'aria-label': i18n.t('creators:reliability.label'), 'aria-valuenow': score, 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuetext': i18n.t('creators:reliability.valueText', { score }) };
}
