import { Button } from '@mantine/core';
import { IconFileTypePdf, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { currentLocale } from '../../i18n';
import { canSavePdf, printHtml } from '../../print';
import { savePdf } from '../../shell';
import { useJob } from './useJob';

export function ReportActions({ campaignId, campaignName, disabled }: { campaignId: number; campaignName: string; disabled: boolean }) {
  const { t } = useTranslation('campaigns');
  const { busy, run } = useJob<'print' | 'pdf'>();
  const printReport = async () => {
    // The report is written in the language the page speaks now.
    const doc = await call('campaigns.report', { campaignId, language: currentLocale() });
    await printHtml(doc.html, t('report.title', { name: campaignName }));
  };
  // The desktop app writes a real PDF file through the main process.
  const saveReportPdf = () => savePdf('shell.saveReportPdf', { campaignId, language: currentLocale() }, { saved: t('report.saved'), failed: t('report.notSaved') });
  return (
    <>
      <Button variant="default" leftSection={<IconPrinter size={16} />} loading={busy === 'print'} disabled={disabled} onClick={run('print', printReport, t('report.printFailed'))}>
        {t('report.print')}
      </Button>
      {canSavePdf() && (
        <Button variant="default" leftSection={<IconFileTypePdf size={16} />} loading={busy === 'pdf'} disabled={disabled} onClick={run('pdf', saveReportPdf, t('report.notSaved'))}>
          {t('report.savePdf')}
        </Button>
      )}
    </>
  );
}
