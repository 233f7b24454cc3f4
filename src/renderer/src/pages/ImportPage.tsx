import { Paper, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ExportButtons } from '../components/csv/ExportButtons';
import { ImportWizard } from '../components/csv/ImportWizard';

/** Spreadsheets in and out: creators and post numbers from a CSV, and everything back out as CSV. */
export function ImportPage() {
  const { t } = useTranslation('importExport');
  return (
    <ScrollArea style={{ flex: 1 }}>
      <Stack gap="md" maw={1200} pb="xl">
        <Title order={3}>{t('page.title')}</Title>
        <Paper withBorder p="md" component="section" aria-labelledby="import-title">
          <Stack gap="sm">
            <Title order={4} id="import-title">
              {t('page.importTitle')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('page.importIntro')}
            </Text>
            <ImportWizard />
          </Stack>
        </Paper>
        <Paper withBorder p="md" component="section" aria-labelledby="export-title">
          <Stack gap="sm">
            <Title order={4} id="export-title">
              {t('page.exportTitle')}
            </Title>
            <ExportButtons />
          </Stack>
        </Paper>
      </Stack>
    </ScrollArea>
  );
}
