import { Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileExport } from '@tabler/icons-react';
import { useState } from 'react';
import { call } from '../../api';
import { downloadText } from '../../download';
import { CampaignSelect } from './CampaignSelect';
import { plural } from './plural';
import type { EXPORT_KINDS } from '../../../../shared/csv/schemas';

type Kind = (typeof EXPORT_KINDS)[number];
const LABELS: Record<Kind, string> = { creators: 'Export creators', collaborations: 'Export collaborations', metrics: 'Export metrics', payments: 'Export payments' };

/** CSV files for a spreadsheet; creators and metrics import back as they are. */
export function ExportButtons() {
  const [campaignId, setCampaignId] = useState<number | null>(null);
  const [busy, setBusy] = useState<Kind | null>(null);
  const run = async (kind: Kind) => {
    setBusy(kind);
    try {
      const file = await call('csv.export', { kind, ...(kind !== 'creators' && campaignId !== null ? { campaignId } : {}) });
      downloadText(file.filename, file.csv, 'text/csv');
      // An empty export is still a file; the count says whether it holds anything.
      notifications.show({ message: `${file.filename}: ${plural(file.rows, 'row')}` });
    } catch (e) {
      notifications.show({ color: 'red', title: 'Nothing was exported', message: (e as Error).message });
    } finally {
      setBusy(null);
    }
  };
  return (
    <Stack gap="sm">
      <CampaignSelect label="Campaign" description="For collaborations, metrics and payments; empty exports all of them." placeholder="All campaigns" value={campaignId} onChange={setCampaignId} />
      <Group gap="xs">
        {(Object.keys(LABELS) as Kind[]).map((kind) => (
          <Button key={kind} variant="default" leftSection={<IconFileExport size={16} />} loading={busy === kind} onClick={() => void run(kind)}>
            {LABELS[kind]}
          </Button>
        ))}
      </Group>
      <Text size="xs" c="dimmed">
        Collaborations come with their stage, next deadline, days late and deduction; payments with the day paid, what for, amount, method and reference, for the bookkeeper.
      </Text>
    </Stack>
  );
}
