import { Avatar, Badge, Group, Stack, Text } from '@mantine/core';
import { IconMessage, IconMessageReply } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { PLATFORM_LABELS } from '../../../../shared/platforms';
import type { BoardCard } from '../../../../shared/schemas';
import { formatDate, formatDateTime, formatMoney, initials, stageAge } from '../../format';
import { ReliabilityBadge } from '../creators/ReliabilityBadge';
import { STATUS_COLORS } from '../deadlineStatus';
import { hrefOf } from '../../route';
import { conversationLine } from './conversationLine';

const AVATAR_COLORS = ['indigo', 'teal', 'grape', 'orange', 'cyan', 'pink', 'lime', 'violet'];

export const CARD_HEIGHT = 134;

const HEALTH_COLORS = { on_track: STATUS_COLORS.upcoming, due_soon: STATUS_COLORS.due_soon, overdue: STATUS_COLORS.overdue };

/** The next deadline, coloured by its own state; the brand's own duties say "You". */
function DeadlineChip({ card }: { card: BoardCard }) {
  if (card.nextDeadline === null || card.nextDueDate === null) return null;
  const who = card.nextParty === 'brand' ? 'You: ' : '';
  const health = card.deadlineHealth;
  const when = health === 'overdue' ? `${card.daysLate} d late` : formatDate(card.nextDueDate);
  return (
    <Badge
      size="sm"
      radius="sm"
      tt="none"
      variant={health === 'on_track' ? 'light' : 'filled'}
      color={HEALTH_COLORS[health]}
      title={`${who}${card.nextDeadline}, due ${formatDate(card.nextDueDate)}`}
      style={{ minWidth: 0 }}
      data-deadline={health}
    >
      {card.nextDeadline} · {when}
    </Badge>
  );
}

/** The creator may not join new collaborations; this one goes on, but the brand should know. */
function InactiveMarker() {
  return (
    <Badge variant="outline" color="gray" size="xs" radius="sm" tt="none" px={4} style={{ flexShrink: 0 }} title="This creator is inactive (e.g. 3 strikes) and cannot join new collaborations">
      Inactive
    </Badge>
  );
}

/** Who owes the next message: what a brand chasing a quiet creator looks for first. */
function ConversationRow({ card }: { card: BoardCard }) {
  const line = conversationLine(card);
  const Icon = card.waitingOn === 'brand' ? IconMessageReply : IconMessage;
  return (
    <Group gap={4} wrap="nowrap" title={line.title} data-testid="conversation">
      <Icon size={13} color={line.color === 'dimmed' ? 'var(--mantine-color-dimmed)' : `var(--mantine-color-${line.color}-filled)`} style={{ flexShrink: 0 }} />
      <Text size="xs" c={line.color} fw={line.color === 'dimmed' ? 400 : 600} truncate="end">
        {line.text}
      </Text>
    </Group>
  );
}

/** Leads straight to the remedial plan; the misses are in its native tooltip. */
function BelowTargetFlag({ card, misses }: { card: BoardCard; misses: string[] }) {
  return (
    <Badge
      component="a"
      href={hrefOf('board', card.id, 'performance')}
      // The card is draggable and opens on click: the flag opens its own tab instead.
      onPointerDown={(e) => e.stopPropagation()}
      onClick={(e) => e.stopPropagation()}
      variant="filled"
      color="orange"
      size="sm"
      radius="sm"
      tt="none"
      style={{ flexShrink: 0, cursor: 'pointer' }}
      title={`Below target: ${misses.join('; ')}`}
      data-testid="below-target"
    >
      Below target
    </Badge>
  );
}

/** What a card shows; shared by the card in its column and the copy that follows the pointer. */
export function CardBody({ card, action }: { card: BoardCard; action?: ReactNode }) {
  const platform = card.creatorPlatform ? PLATFORM_LABELS[card.creatorPlatform] : null;
  return (
    <Stack gap={4} h="100%" data-health={card.health}>
      <Group gap="xs" wrap="nowrap">
        <Avatar size={28} radius="xl" color={AVATAR_COLORS[card.creatorId % AVATAR_COLORS.length]}>
          {initials(card.creatorName)}
        </Avatar>
        <Stack gap={0} style={{ minWidth: 0, flex: 1 }}>
          <Text size="sm" fw={600} truncate="end">
            {card.creatorName}
          </Text>
          <Group gap={4} wrap="nowrap">
            {!card.creatorActive && <InactiveMarker />}
            <Text size="xs" c="dimmed" truncate="end" style={{ minWidth: 0 }}>
              {[platform, card.creatorHandle].filter(Boolean).join(' · ') || 'No handle yet'}
            </Text>
          </Group>
        </Stack>
        <ReliabilityBadge score={card.creatorScore} compact />
        {action}
      </Group>
      <Group gap={6} wrap="nowrap" justify="space-between">
        <Text size="xs" c={card.campaignName ? undefined : 'dimmed'} truncate="end" style={{ minWidth: 0 }}>
          {card.campaignName ?? 'No campaign'}
        </Text>
        {card.underperforming && <BelowTargetFlag card={card} misses={card.underperforming} />}
        {card.disputeOpen && (
          <Badge variant="filled" color="red" size="sm" radius="sm" tt="none" style={{ flexShrink: 0 }} title="A dispute about this collaboration is not settled" ml="auto">
            Dispute
          </Badge>
        )}
        {/* A native tooltip: a Mantine one per card costs too much with thousands of cards. */}
        <Badge variant="light" color="gray" size="sm" radius="sm" tt="none" style={{ flexShrink: 0 }} title={`In this stage since ${formatDateTime(card.stageSince)}`}>
          {stageAge(card.stageSince)} here
        </Badge>
      </Group>
      <ConversationRow card={card} />
      <Group justify="space-between" mt="auto" wrap="nowrap" gap={6}>
        <Text size="sm" fw={600} style={{ flexShrink: 0 }}>
          {card.feeMinor > 0 ? formatMoney(card.feeMinor, card.currency) : 'Gifted'}
        </Text>
        <DeadlineChip card={card} />
      </Group>
    </Stack>
  );
}
