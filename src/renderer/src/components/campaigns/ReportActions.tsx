import { Button } from '@mantine/core';
import { IconFileTypePdf, IconPrinter } from '@tabler/icons-react';
import { call } from '../../api';
import { canSavePdf, printHtml } from '../../print';
import { savePdf } from '../../shell';
import { useJob } from './useJob';

/** The desktop app writes a real PDF file through the main process. */
const saveReportPdf = (campaignId: number) =>
  savePdf('shell.saveReportPdf', { campaignId }, { saved: 'Report saved as PDF', failed: 'The report was not saved' });

async function printReport(campaignId: number, campaignName: string) {
  const doc = await call('campaigns.report', { campaignId });
  await printHtml(doc.html, `Campaign report: ${campaignName}`);
}

export function ReportActions({ campaignId, campaignName, disabled }: { campaignId: number; campaignName: string; disabled: boolean }) {
  const { busy, run } = useJob<'print' | 'pdf'>();
  return (
    <>
      <Button variant="default" leftSection={<IconPrinter size={16} />} loading={busy === 'print'} disabled={disabled} onClick={run('print', () => printReport(campaignId, campaignName), 'Could not print the report')}>
        Print report
      </Button>
      {canSavePdf() && (
        <Button variant="default" leftSection={<IconFileTypePdf size={16} />} loading={busy === 'pdf'} disabled={disabled} onClick={run('pdf', () => saveReportPdf(campaignId), 'The report was not saved')}>
          Save report as PDF
        </Button>
      )}
    </>
  );
}
