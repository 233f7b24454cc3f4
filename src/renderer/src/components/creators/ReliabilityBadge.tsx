import { Badge } from '@mantine/core';
import { scoreColor } from './reliability';

interface Props {
  score: number | null;
  /** "On time 4 of 5 deliverables, …": shown on hover, where there is one. */
  explanation?: string;
  /** For board cards and picker options. */
  compact?: boolean;
}

/**
 * A creator's reliability as a coloured number. The hover text is a native title: the board
 * shows this on thousands of cards, where a Mantine tooltip each would cost too much.
 */
export function ReliabilityBadge({ score, explanation, compact = false }: Props) {
  const { title, ...a11y } = scoreAttributes(score, explanation);
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
  const title = explanation ?? (score === null ? 'Not enough history yet for a reliability score' : `Reliability ${score} of 100`);
  return score === null
    ? { title, role: 'img', 'aria-label': 'No reliability score yet' }
    : { title, role: 'meter', 'aria-label': 'Reliability', 'aria-valuenow': score, 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuetext': `${score} of 100` };
}
