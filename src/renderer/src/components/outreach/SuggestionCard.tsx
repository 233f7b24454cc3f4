import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconBulb, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Suggestion } from '../../../../shared/outreach/schemas';
import { suggestionText } from '../../../../shared/outreach/suggestWords';
import { currentIntlTag, say } from '../../i18n';

/** What to send next and why, in the page's language; "Write it" puts that template in the composer. */
export function SuggestionCard({ suggestion, onWrite }: { suggestion: Suggestion; onWrite: (templateId: string) => void }) {
  const { t } = useTranslation('templates');
  const { kind, templateId } = suggestion;
  const reason = suggestionText(suggestion.why, say, currentIntlTag());
  if (kind === null || templateId === null) {
    return (
      <Text size="sm" c="dimmed" data-testid="suggestion">
        {reason}
      </Text>
    );
  }
  return (
    <Paper withBorder p="sm" radius="md" bg="var(--mantine-color-indigo-light)" data-testid="suggestion">
      <Group justify="space-between" wrap="nowrap" gap="md">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <IconBulb size={20} aria-hidden style={{ flexShrink: 0, marginTop: 2, color: 'var(--mantine-color-indigo-light-color)' }} />
          <Stack gap={0}>
            <Text size="sm" fw={600}>
              {t('suggestion.suggested', { kind: t(`kind.${kind}`) })}
            </Text>
            <Text size="sm">{reason}</Text>
          </Stack>
        </Group>
        <Button size="xs" leftSection={<IconPencil size={14} />} onClick={() => onWrite(templateId)} style={{ flexShrink: 0 }}>
          {t('suggestion.writeIt')}
        </Button>
      </Group>
    </Paper>
  );
}
