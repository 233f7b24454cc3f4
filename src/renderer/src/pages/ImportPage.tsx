import { Paper, ScrollArea, Stack, Title } from '@mantine/core';
import { ExportButtons } from '../components/csv/ExportButtons';
import { IMPORT_HINT, ImportWizard } from '../components/csv/ImportWizard';

export function ImportPage() {
  return (
    <ScrollArea style={{ flex: 1 }}>
      <Stack maw={980} gap="md" pb="md">
        <Title order={3}>Import & export</Title>
        <Paper withBorder p="md" component="section" aria-labelledby="import-title">
          <Stack gap="sm">
            <Title order={4} id="import-title">
              Import a CSV
            </Title>
            {IMPORT_HINT}
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
