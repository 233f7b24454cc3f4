import { Button } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { downloadText } from '../../download';
import { useJob } from './useJob';

const KINDS = ['metrics', 'collaborations'] as const;
type Kind = (typeof KINDS)[number];

async function exportCsv(kind: Kind, campaignId: number) {
  const file = await call('csv.export', { kind, campaignId });
  downloadText(file.filename, file.csv, 'text/csv');
}

/** The campaign's readings (the same columns the metrics import takes) and its collaborations, as CSV files. */
export function ExportButtons({ campaignId }: { campaignId: number }) {
  const { t } = useTranslation('campaigns');
  const { busy, run } = useJob<Kind>();
  return (
    <>
      {KINDS.map((kind) => (
        <Button key={kind} size="xs" variant="default" leftSection={<IconFileSpreadsheet size={14} />} loading={busy === kind} onClick={run(kind, () => exportCsv(kind, campaignId), t(`export.${kind}Failed`))}>
          {t(`export.${kind}`)}
        </Button>
      ))}
    </>
  );
}
