import { Button, Group, Select } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileTypeDocx, IconFileTypePdf, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALE_NAMES, LOCALES, type Locale } from '../../../../shared/i18n/locales';
import { call } from '../../api';
import { downloadBase64 } from '../../download';
import { errorText } from '../../formErrors';
import { canSavePdf, printHtml } from '../../print';
import { savePdf } from '../../shell';
import { DOCX_TYPE } from '../contract/DocxButton';

const NONE = 'none';

/**
 * The brief as the creator gets it: printed, saved as PDF (desktop) or as a Word file, in the
 * creator's language unless another is chosen, optionally beside a second one.
 */
export function BriefDocumentActions({ collaborationId, creatorLanguage, unsaved }: { collaborationId: number; creatorLanguage: Locale; unsaved: boolean }) {
  const { t } = useTranslation('brief');
  const [language, setLanguage] = useState<Locale>(creatorLanguage);
  const [second, setSecond] = useState<Locale | null>(null);
  const [busy, setBusy] = useState<'print' | 'pdf' | 'docx' | null>(null);
  const input = { collaborationId, language, secondLanguage: second };
  const run = (job: 'print' | 'pdf' | 'docx', failed: string, work: () => Promise<void>) => async () => {
    setBusy(job);
    try {
      await work();
    } catch (e) {
      notifications.show({ color: 'red', title: failed, message: errorText(e) });
    } finally {
      setBusy(null);
    }
  };
  const print = run('print', t('print.failed'), async () => {
    const doc = await call('briefs.render', input);
    await printHtml(doc.html, t('title'));
  });
  const pdf = run('pdf', t('print.pdfFailed'), () => savePdf('shell.saveBriefPdf', input, { saved: t('print.pdfSaved'), failed: t('print.pdfFailed') }));
  const docx = run('docx', t('print.docxFailed'), async () => {
    const file = await call('briefs.docx', input);
    downloadBase64(file.filename, file.base64, DOCX_TYPE);
  });
  const options = (except?: Locale) => LOCALES.filter((l) => l !== except).map((l) => ({ value: l, label: LOCALE_NAMES[l] }));
  const pick = (next: string | null) => {
    if (!next) return;
    const chosen = next as Locale;
    setLanguage(chosen);
    if (second === chosen) setSecond(null);
  };
  // The document shows what is saved; unsaved edits would not be in it.
  const title = unsaved ? t('print.unsaved') : undefined;
  return (
    <Group align="flex-end" gap="xs" wrap="wrap">
      <Select label={t('print.language')} data={options()} value={language} onChange={pick} allowDeselect={false} w={150} />
      <Select
        label={t('print.second')}
        data={[{ value: NONE, label: t('print.none') }, ...options(language)]}
        value={second ?? NONE}
        onChange={(v) => setSecond(v === null || v === NONE ? null : (v as Locale))}
        allowDeselect={false}
        w={150}
      />
      <Button variant="default" leftSection={<IconPrinter size={16} />} loading={busy === 'print'} disabled={unsaved} title={title} onClick={() => void print()}>
        {t('print.print')}
      </Button>
      {canSavePdf() && (
        <Button variant="default" leftSection={<IconFileTypePdf size={16} />} loading={busy === 'pdf'} disabled={unsaved} title={title} onClick={() => void pdf()}>
          {t('print.savePdf')}
        </Button>
      )}
      <Button variant="default" leftSection={<IconFileTypeDocx size={16} />} loading={busy === 'docx'} disabled={unsaved} title={title} onClick={() => void docx()}>
        {t('print.docx')}
      </Button>
    </Group>
  );
}
