import { Button } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { call } from '../../api';
import { downloadText } from '../../download';
import { useJob } from './useJob';

type Kind = 'metrics' | 'collaborations';

async function exportCsv(kind: Kind, campaignId: number) {
  const file = await call('csv.export', { kind, campaignId });
  downloadText(file.filename, file.csv, 'text/csv');
}

/** The campaign's readings (the same columns the metrics import takes) and its collaborations, as CSV files. */
export function ExportButtons({ campaignId }: { campaignId: number }) {
  const { busy, run } = useJob<Kind>();
  const button = (kind: Kind, label: string) => (
    <Button size="xs" variant="default" leftSection={<IconFileSpreadsheet size={14} />} loading={busy === kind} onClick={run(kind, () => exportCsv(kind, campaignId), `Could not export the ${kind}`)}>
      {label}
    </Button>
  );
  return (
    <>
      {button('metrics', 'Export metrics CSV')}
      {button('collaborations', 'Export collaborations CSV')}
    </>
  );
}
