import { Paper, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { ExportButtons } from '../components/csv/ExportButtons';
import { ImportWizard } from '../components/csv/ImportWizard';

/** Spreadsheets in and out: creators and post numbers from a CSV, and everything back out as CSV. */
export function ImportPage() {
  return (
    <ScrollArea style={{ flex: 1 }}>
      <Stack gap="md" maw={1200} pb="xl">
        <Title order={3}>Import & export</Title>
        <Paper withBorder p="md" component="section" aria-labelledby="import-title">
          <Stack gap="sm">
            <Title order={4} id="import-title">
              Import a CSV
            </Title>
            <Text size="sm" c="dimmed">
              Creators from a spreadsheet, or the numbers of their posts from a platform export. Nothing is imported until every row is right, so a
              file can be fixed and chosen again as often as needed.
            </Text>
            <ImportWizard />
          </Stack>
        </Paper>
        <Paper withBorder p="md" component="section" aria-labelledby="export-title">
          <Stack gap="sm">
            <Title order={4} id="export-title">
              Export as CSV
            </Title>
            <ExportButtons />
          </Stack>
        </Paper>
      </Stack>
    </ScrollArea>
  );
}
