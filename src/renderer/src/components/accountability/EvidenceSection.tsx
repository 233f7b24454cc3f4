import { Alert, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconDownload, IconFileTypePdf, IconLink, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseReference, sealTime } from '../../../../shared/accountability/chainRef';
import type { ChainCheck } from '../../../../shared/accountability/schemas';
import { call } from '../../api';
import { downloadText } from '../../download';
import { currentLocale, i18n } from '../../i18n';
import { canSavePdf, printHtml } from '../../print';
import { savePdf } from '../../shell';
import { showFailure } from './notify';

type Busy = 'pdf' | 'print' | 'json' | 'verify' | null;

/** The desktop app writes the pack as a real PDF file through the main process, in the page's language. */
const saveEvidencePdf = (collaborationId: number) =>
  savePdf('shell.saveEvidencePdf', { collaborationId, language: currentLocale() }, {
    saved: i18n.t('accountability:evidence.pdfSaved'),
    failed: i18n.t('accountability:evidence.pdfNotSaved'),
  });

async function printPack(collaborationId: number, creatorName: string) {
  const doc = await call('evidence.render', { collaborationId, language: currentLocale() });
  await printHtml(doc.html, i18n.t('accountability:evidence.printTitle', { name: creatorName }));
}

async function exportJson(collaborationId: number) {
  const pack = await call('evidence.pack', { collaborationId, language: currentLocale() });
  downloadText(`evidence-${collaborationId}.json`, JSON.stringify(pack, null, 2), 'application/json');
}

function ChainResult({ check }: { check: ChainCheck }) {
  const { t } = useTranslation('accountability');
  const given = check.reference;
  return (
    <Stack gap="xs">
      <Alert color={check.intact ? 'teal' : 'red'} variant="light" title={check.intact ? t('evidence.intact') : t('evidence.changed')} data-testid="chain-result" role="status">
        <Text size="sm">{check.message}</Text>
        {/* The event id goes in as text: a number would be written with thousands separators. */}
        {check.head && (
          <Text size="xs" c="dimmed" mt={4} ff="monospace" style={{ wordBreak: 'break-all' }} data-testid="chain-head">
            {t('evidence.newestSeal', { short: check.head.short, time: sealTime(check.head.recordedAt), eventId: String(check.head.eventId) })}
          </Text>
        )}
        <Text size="xs" c="dimmed" mt={4}>
          {t('evidence.intactMeans')}
        </Text>
      </Alert>
      {given && (
        <Alert color={given.result === 'confirmed' ? 'teal' : 'red'} variant="light" title={given.result === 'confirmed' ? t('evidence.referenceConfirmed') : t('evidence.referenceMismatch')} data-testid="reference-result" role="status">
          <Text size="sm">{given.message}</Text>
        </Alert>
      )}
    </Stack>
  );
}

/** Everything that matters in a dispute, to print, save or hand over, and proof it was not changed. */
export function EvidenceSection({ collaborationId, creatorName }: { collaborationId: number; creatorName: string }) {
  const { t } = useTranslation('accountability');
  const [busy, setBusy] = useState<Busy>(null);
  const [check, setCheck] = useState<ChainCheck | null>(null);
  const [reference, setReference] = useState('');
  const [referenceError, setReferenceError] = useState<string | null>(null);
  const verify = async () => {
    const head = reference.trim() === '' ? undefined : parseReference(reference);
    setReferenceError(head === null ? t('evidence.noSeal') : null);
    if (head === null) return;
    setCheck(await call('events.verify', head ? { head } : {}));
  };
  const run = (what: Exclude<Busy, null>, failure: string, action: () => Promise<void>) => async () => {
    setBusy(what);
    try {
      await action();
    } catch (e) {
      showFailure(failure, e);
    } finally {
      setBusy(null);
    }
  };
  return (
    <Stack gap="xs" component="section" aria-labelledby="evidence-title">
      <Title order={5} id="evidence-title">
        {t('evidence.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('evidence.intro')}
      </Text>
      <Group gap="xs">
        {canSavePdf() && (
          <Button size="xs" variant="light" leftSection={<IconFileTypePdf size={16} />} loading={busy === 'pdf'} onClick={run('pdf', t('evidence.pdfNotSaved'), () => saveEvidencePdf(collaborationId))}>
            {t('evidence.savePdf')}
          </Button>
        )}
        <Button size="xs" variant="light" leftSection={<IconPrinter size={16} />} loading={busy === 'print'} onClick={run('print', t('evidence.printFailed'), () => printPack(collaborationId, creatorName))}>
          {t('evidence.print')}
        </Button>
        <Button size="xs" variant="light" leftSection={<IconDownload size={16} />} loading={busy === 'json'} onClick={run('json', t('evidence.jsonNotExported'), () => exportJson(collaborationId))}>
          {t('evidence.exportJson')}
        </Button>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconLink size={16} />}
          loading={busy === 'verify'}
          onClick={run('verify', t('evidence.verifyFailed'), verify)}
        >
          {t('evidence.verify')}
        </Button>
      </Group>
      <TextInput
        size="xs"
        label={t('evidence.referenceLabel')}
        description={t('evidence.referenceHint')}
        value={reference}
        onChange={(e) => {
          setReference(e.currentTarget.value);
          setReferenceError(null);
        }}
        error={referenceError}
        maw={520}
        spellCheck={false}
      />
      {check && <ChainResult check={check} />}
    </Stack>
  );
}
