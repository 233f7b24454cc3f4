import { Avatar, Badge, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { PLATFORM_LABELS } from '../../../../shared/platforms';
import type { BoardCard } from '../../../../shared/schemas';
import { formatDateTime, formatMoney, initials, stageAge } from '../../format';

const AVATAR_COLORS = ['indigo', 'teal', 'grape', 'orange', 'cyan', 'pink', 'lime', 'violet'];

export const CARD_HEIGHT = 112;

/** What a card shows; shared by the card in its column and the copy that follows the pointer. */
export function CardBody({ card, action }: { card: BoardCard; action?: ReactNode }) {
  const platform = card.creatorPlatform ? PLATFORM_LABELS[card.creatorPlatform] : null;
  return (
    <Stack gap={4} h="100%">
      <Group gap="xs" wrap="nowrap">
        <Avatar size={28} radius="xl" color={AVATAR_COLORS[card.creatorId % AVATAR_COLORS.length]}>
          {initials(card.creatorName)}
        </Avatar>
        <Stack gap={0} style={{ minWidth: 0, flex: 1 }}>
          <Text size="sm" fw={600} truncate="end">
            {card.creatorName}
          </Text>
          <Text size="xs" c="dimmed" truncate="end">
            {[platform, card.creatorHandle].filter(Boolean).join(' · ') || 'No handle yet'}
          </Text>
        </Stack>
        {action}
      </Group>
      <Text size="xs" c={card.campaignName ? undefined : 'dimmed'} truncate="end">
        {card.campaignName ?? 'No campaign'}
      </Text>
      <Group justify="space-between" mt="auto" wrap="nowrap">
        <Text size="sm" fw={600}>
          {card.feeMinor > 0 ? formatMoney(card.feeMinor, card.currency) : 'Gifted'}
        </Text>
        {/* A native tooltip: a Mantine one per card costs too much with thousands of cards. */}
        <Badge variant="light" color="gray" size="sm" radius="sm" tt="none" title={`In this stage since ${formatDateTime(card.stageSince)}`}>
          {stageAge(card.stageSince)} here
        </Badge>
      </Group>
    </Stack>
  );
}
