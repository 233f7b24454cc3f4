import { Badge, Button, Checkbox, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnassignedAssigned, UnassignedMail } from '../../../../shared/mail/schemas';
import type { BoardCard } from '../../../../shared/schemas';
import { formatDateTime } from '../../format';
import { errorText } from '../../formErrors';
import { useApiMutation } from '../../hooks/queries';

interface Props {
  mail: UnassignedMail;
  cards: BoardCard[];
  onPlaced: (result: UnassignedAssigned, creatorName: string) => void;
}

/** One waiting mail: who wrote to whom, what it says, and where to place it (its creator's collaborations first). */
export function UnassignedItem({ mail, cards, onPlaced }: Props) {
  const { t } = useTranslation(['mail', 'domain']);
  const whose = mail.creator ?? mail.suggestedCreator;
  // A known creator's mail goes on one of theirs; an unknown sender's anywhere, the named creator's first.
  const choices = cards
    .filter((c) => mail.creator === null || c.creatorId === mail.creator.id)
    .sort((a, b) => Number(b.creatorId === whose?.id) - Number(a.creatorId === whose?.id) || a.creatorName.localeCompare(b.creatorName));
  // Until the brand picks one, the creator's first card on the board is offered (the board may load after the list).
  const [picked, setPicked] = useState<string | null>(null);
  const offered = choices[0] && choices[0].creatorId === whose?.id ? String(choices[0].id) : null;
  const chosen = picked ?? offered;
  const [remember, setRemember] = useState(true);
  const assign = useApiMutation('mail.unassigned.assign');
  const dismiss = useApiMutation('mail.unassigned.dismiss');
  const card = choices.find((c) => String(c.id) === chosen);
  const suggestedChosen = mail.suggestedCreator !== null && card?.creatorId === mail.suggestedCreator.id;
  const failure = assign.error ?? dismiss.error;

  const place = () => {
    if (!card) return;
    assign.mutate({ id: mail.id, collaborationId: card.id, rememberAddress: suggestedChosen && remember }, { onSuccess: (result) => onPlaced(result, card.creatorName) });
  };

  return (
    <Paper component="article" withBorder p="sm" radius="md" data-testid="unassigned-mail" aria-label={mail.subject || t('unassigned.noSubject')}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Text size="sm" fw={600} lineClamp={1}>
            {mail.subject || t('unassigned.noSubject')}
          </Text>
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {formatDateTime(mail.sentAt)}
          </Text>
        </Group>
        <Group gap="xs">
          <Text size="xs" c="dimmed">
            {mail.direction === 'creator_to_brand' ? t('unassigned.from', { address: mail.fromAddress }) : t('unassigned.to', { addresses: mail.toAddresses.join(', ') })}
          </Text>
          {mail.creator && (
            <Badge variant="light" size="sm">
              {t('unassigned.creator', { name: mail.creator.name })}
            </Badge>
          )}
          {mail.suggestedCreator && (
            <Badge variant="light" color="grape" size="sm">
              {t('unassigned.isThis', { name: mail.suggestedCreator.name })}
            </Badge>
          )}
        </Group>
        {mail.snippet && (
          <Text size="sm" lineClamp={3}>
            {mail.snippet}
          </Text>
        )}
        <Group gap="xs" align="flex-end">
          <Select
            label={t('unassigned.placeOn')}
            placeholder={t('unassigned.choose')}
            data={choices.map((c) => ({ value: String(c.id), label: [c.creatorName, c.campaignName, t(`domain:stage.${c.stage}`)].filter(Boolean).join(' · ') }))}
            value={chosen}
            onChange={setPicked}
            searchable
            size="xs"
            w={340}
          />
          <Button size="xs" onClick={place} disabled={!card} loading={assign.isPending}>
            {t('unassigned.place')}
          </Button>
          <Button size="xs" variant="subtle" color="gray" onClick={() => dismiss.mutate({ id: mail.id }, { onSuccess: () => notifications.show({ color: 'gray', message: t('unassigned.left') }) })} loading={dismiss.isPending}>
            {t('unassigned.dismiss')}
          </Button>
        </Group>
        {suggestedChosen && (
          <Checkbox
            size="xs"
            checked={remember}
            onChange={(e) => setRemember(e.currentTarget.checked)}
            label={t('unassigned.remember', { address: mail.fromAddress, name: mail.suggestedCreator!.name })}
          />
        )}
        {failure && (
          <Text size="xs" c="red" role="alert">
            {errorText(failure)}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
