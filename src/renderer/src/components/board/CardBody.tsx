import './board.css';
import { Avatar, Group, Stack, Text } from '@mantine/core';
import { IconMessage, IconMessageReply } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { deadlineName } from '../../../../shared/deadlines/names';
import { missWords } from '../../../../shared/metrics/missText';
import { isPaid } from '../../../../shared/rules/deal';
import type { BoardCard } from '../../../../shared/schemas';
import { formatDate, formatDateTime, formatMoney, initials, stageAge } from '../../format';
import { currentIntlTag, say } from '../../i18n';
import { scoreColor } from '../creators/reliability';
import { scoreAttributes } from '../creators/ReliabilityBadge';
import { STATUS_COLORS } from '../deadlineStatus';
import { hrefOf } from '../../route';
import { badgeStyle, textColor } from './badgeStyle';
import { conversationLine } from './conversationLine';

/*
 * Plain elements styled by board.css rather than Mantine components: a screen of cards holds a
 * hundred of these, and each Mantine badge or line would be several components of its own.
 */

const AVATAR_COLORS = ['indigo', 'teal', 'grape', 'orange', 'cyan', 'pink', 'lime', 'violet'];

export const CARD_HEIGHT = 140;

/** The card's words, read once per card rather than once per badge. */
type Words = TFunction<'board'>;

const HEALTH_COLORS = { on_track: STATUS_COLORS.upcoming, due_soon: STATUS_COLORS.due_soon, overdue: STATUS_COLORS.overdue };

/** The next deadline, coloured by its own state; the brand's own duties say "You". */
function DeadlineChip({ card, t }: { card: BoardCard; t: Words }) {
  if (card.nextDeadline === null || card.nextDueDate === null) return null;
  const health = card.deadlineHealth;
  const when = health === 'overdue' ? t('card.daysLate', { count: card.daysLate }) : formatDate(card.nextDueDate);
  const name = deadlineName({ key: card.nextKey, name: card.nextDeadline }, say);
  const title = { deadline: name, date: formatDate(card.nextDueDate) };
  return (
    <span
      className="ft-badge"
      data-shrink
      style={badgeStyle(health === 'on_track' ? 'light' : 'filled', HEALTH_COLORS[health])}
      title={card.nextParty === 'brand' ? t('card.ownDeadlineTitle', title) : t('card.deadlineTitle', title)}
      data-deadline={health}
    >
      {name} · {when}
    </span>
  );
}

/** The creator may not join new collaborations; this one goes on, but the brand should know. */
function InactiveMarker({ t }: { t: Words }) {
  return (
    <span className="ft-badge" data-size="xs" style={badgeStyle('outline', 'gray')} title={t('card.inactiveTitle')}>
      {t('card.inactive')}
    </span>
  );
}

/** The score as the creators' pages show it, in the board's plain markup. */
function ScoreBadge({ score }: { score: number | null }) {
  return (
    <span
      className="ft-badge ft-badge-score"
      style={badgeStyle(score === null ? 'default' : 'light', scoreColor(score))}
      data-testid="reliability"
      data-score={score ?? ''}
      {...scoreAttributes(score)}
    >
      {score ?? '—'}
    </span>
  );
}

/** Who owes the next message: what a brand chasing a quiet creator looks for first. */
function ConversationRow({ card }: { card: BoardCard }) {
  const line = conversationLine(card);
  const Icon = card.waitingOn === 'brand' ? IconMessageReply : IconMessage;
  const dimmed = line.color === 'dimmed';
  return (
    <div className="ft-row" style={{ gap: 4 }} data-testid="conversation">
      <Icon size={13} color={dimmed ? 'var(--mantine-color-dimmed)' : `var(--mantine-color-${line.color}-filled)`} style={{ flexShrink: 0 }} />
      <span className={`ft-text-xs ft-truncate${dimmed ? '' : ' ft-strong'}`} style={{ color: textColor(line.color) }} title={line.title}>
        {line.text}
      </span>
    </div>
  );
}

/** Leads straight to the remedial plan; the misses are in its native tooltip. */
function BelowTargetFlag({ card, misses, tabbable, t }: { card: BoardCard; misses: NonNullable<BoardCard['underperforming']>; tabbable: boolean; t: Words }) {
  return (
    <a
      className="ft-badge"
      href={hrefOf('board', card.id, 'performance')}
      tabIndex={tabbable ? undefined : -1}
      // The card is draggable and opens on click: the flag opens its own tab instead.
      onPointerDown={(e) => e.stopPropagation()}
      onClick={(e) => e.stopPropagation()}
      style={badgeStyle('filled', 'orange')}
      title={t('card.belowTargetTitle', { misses: misses.map((m) => missWords(say, currentIntlTag(), m, card.currency)).join('; ') })}
      data-testid="below-target"
    >
      {t('card.belowTarget')}
    </a>
  );
}

/** What a card shows; shared by the card in its column and the copy that follows the pointer. */
export function CardBody({ card, action, tabbable = false }: { card: BoardCard; action?: ReactNode; tabbable?: boolean }) {
  // Also what draws the card again in another language: the card around it is memoised.
  const { t } = useTranslation('board');
  const { t: domain } = useTranslation('domain');
  const platform = card.creatorPlatform ? domain(`platform.${card.creatorPlatform}`) : null;
  const avatar = AVATAR_COLORS[card.creatorId % AVATAR_COLORS.length]!;
  const handle = [platform, card.creatorHandle].filter(Boolean).join(' · ') || t('card.noHandle');
  return (
    <>
      {/* The creator's line stays in Mantine components: plain ones here made every frame of a drag re-layer the page. */}
      <Group gap={6} wrap="nowrap">
        <Avatar size={28} radius="xl" color={avatar}>
          {initials(card.creatorName)}
        </Avatar>
        <Stack gap={0} style={{ minWidth: 0, flex: 1 }}>
          <Text size="sm" fw={600} truncate="end" title={card.creatorName}>
            {card.creatorName}
          </Text>
          <Group gap={4} wrap="nowrap">
            {!card.creatorActive && <InactiveMarker t={t} />}
            <Text size="xs" c="dimmed" truncate="end" style={{ minWidth: 0 }} title={handle}>
              {handle}
            </Text>
          </Group>
        </Stack>
        {action}
      </Group>
      <div className="ft-row">
        <span className={`ft-text-xs ft-truncate${card.campaignName ? '' : ' ft-dimmed'}`} title={card.campaignName ?? undefined}>
          {card.campaignName ?? t('card.noCampaign')}
        </span>
        <span className="ft-badge ft-push" style={badgeStyle('light', 'gray')} title={t('card.stageSince', { date: formatDateTime(card.stageSince) })}>
          {t('card.ageHere', { age: stageAge(card.stageSince) })}
        </span>
      </div>
      <ConversationRow card={card} />
      <div className="ft-row">
        <span className="ft-text-sm ft-strong" style={{ flexShrink: 0 }}>
          {isPaid(card.feeMinor) ? formatMoney(card.feeMinor, card.currency) : t('card.gifted')}
        </span>
        {card.underperforming && <BelowTargetFlag card={card} misses={card.underperforming} tabbable={tabbable} t={t} />}
        {card.disputeOpen && (
          <span className="ft-badge" style={badgeStyle('filled', 'red')} title={t('card.disputeTitle')}>
            {t('card.dispute')}
          </span>
        )}
        <span className="ft-push" />
        <ScoreBadge score={card.creatorScore} />
      </div>
      <div className="ft-row ft-row-foot">
        <DeadlineChip card={card} t={t} />
      </div>
    </>
  );
}
