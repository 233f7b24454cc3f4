import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconDownload, IconPaperclip } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../hooks/queries';
import { currentIntlTag } from '../../i18n';
import { hrefOf } from '../../route';
import { downloadMaterial } from './downloadMaterial';
import { fileSize } from './fileSize';

/**
 * The support offer's kit beside the composer: the campaign's files, each to download and attach
 * (a mail link carries no attachments), or where to add them when there are none.
 */
export function KitAttachments({ campaignId }: { campaignId: number | null }) {
  const { t } = useTranslation('materials');
  const kit = useApiQuery('materials.list', { campaignId: campaignId ?? 0 }, campaignId !== null);
  const files = (kit.data ?? []).filter((m) => m.available && m.campaignId === campaignId);
  const tag = currentIntlTag();
  return (
    <Paper withBorder p="sm" radius="md" component="section" aria-labelledby="kit-attachments-title" data-testid="kit-attachments">
      <Stack gap={6}>
        <Group gap={6}>
          <IconPaperclip size={16} aria-hidden />
          <Text size="sm" fw={600} id="kit-attachments-title">
            {t('composer.title')}
          </Text>
        </Group>
        {campaignId === null ? (
          <Text size="sm" c="dimmed">
            {t('composer.noCampaign')}
          </Text>
        ) : files.length === 0 ? (
          kit.data && (
            <Text size="sm" c="dimmed">
              {t('composer.none')} <Anchor href={hrefOf('campaigns', campaignId)}>{t('composer.openCampaign')}</Anchor>
            </Text>
          )
        ) : (
          <>
            <Text size="xs" c="dimmed">
              {t('composer.hint')}
            </Text>
            <Group gap="xs">
              {files.map((m) => (
                <Button
                  key={m.id}
                  size="compact-sm"
                  variant="light"
                  leftSection={<IconDownload size={14} />}
                  onClick={() => void downloadMaterial(m)}
                  aria-label={t('list.downloadNamed', { name: m.name })}
                  tt="none"
                >
                  {`${m.name} · ${fileSize(m.bytes, tag)}`}
                </Button>
              ))}
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  );
}
