import { Button, Group, Stack, Switch, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileExport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { downloadText } from '../../download';
import { currentLocale } from '../../i18n';
import { CampaignSelect } from './CampaignSelect';
import { EXPORT_KINDS } from '../../../../shared/csv/schemas';

type Kind = (typeof EXPORT_KINDS)[number];

/** CSV files for a spreadsheet; creators and metrics import back as they are. */
export function ExportButtons() {
  const { t } = useTranslation('importExport');
  const [campaignId, setCampaignId] = useState<number | null>(null);
  const [busy, setBusy] = useState<Kind | null>(null);
  const [englishHeaders, setEnglishHeaders] = useState(false);
  const run = async (kind: Kind) => {
    setBusy(kind);
    try {
      const scope = kind !== 'creators' && campaignId !== null ? { campaignId } : {};
      // The columns are named in this page's language, or in English for a sheet that expects those.
      const file = await call('csv.export', { kind, ...scope, language: currentLocale(), englishHeaders });
      downloadText(file.filename, file.csv, 'text/csv');
      // An empty export is still a file; the count says whether it holds anything.
      notifications.show({ message: t('export.done', { filename: file.filename, rows: file.rows }) });
    } catch (e) {
      notifications.show({ color: 'red', title: t('export.failed'), message: (e as Error).message });
    } finally {
      setBusy(null);
    }
  };
  return (
    <Stack gap="sm">
      <CampaignSelect label={t('export.campaign')} description={t('export.campaignHint')} placeholder={t('export.allCampaigns')} value={campaignId} onChange={setCampaignId} />
      <Switch
        label={t('export.englishHeaders')}
        description={t('export.englishHeadersHint')}
        checked={englishHeaders}
        onChange={(event) => setEnglishHeaders(event.currentTarget.checked)}
      />
      <Group gap="xs">
        {EXPORT_KINDS.map((kind) => (
          <Button key={kind} variant="default" leftSection={<IconFileExport size={16} />} loading={busy === kind} onClick={() => void run(kind)}>
            {t(`export.kind.${kind}`)}
          </Button>
        ))}
      </Group>
      <Text size="xs" c="dimmed">
        {t('export.note')}
      </Text>
    </Stack>
  );
}
