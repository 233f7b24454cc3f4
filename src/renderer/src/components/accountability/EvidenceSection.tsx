import { Alert, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconDownload, IconFileTypePdf, IconLink, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { parseReference, sealTime } from '../../../../shared/accountability/chainRef';
import type { ChainCheck } from '../../../../shared/accountability/schemas';
import { call } from '../../api';
import { downloadText } from '../../download';
import { canSavePdf, printHtml } from '../../print';
import { savePdf } from '../../shell';
import { showFailure } from './notify';

type Busy = 'pdf' | 'print' | 'json' | 'verify' | null;

/** The desktop app writes the pack as a real PDF file through the main process. */
const saveEvidencePdf = (collaborationId: number) =>
  savePdf('shell.saveEvidencePdf', { collaborationId }, { saved: 'Evidence PDF saved', failed: 'The evidence PDF was not saved' });

async function printPack(collaborationId: number, creatorName: string) {
  const doc = await call('evidence.render', { collaborationId });
  await printHtml(doc.html, `Evidence pack: ${creatorName}`);
}

async function exportJson(collaborationId: number) {
  const pack = await call('evidence.pack', { collaborationId });
  downloadText(`evidence-${collaborationId}.json`, JSON.stringify(pack, null, 2), 'application/json');
}

function ChainResult({ check }: { check: ChainCheck }) {
  const given = check.reference;
  return (
    <Stack gap="xs">
      <Alert color={check.intact ? 'teal' : 'red'} variant="light" title={check.intact ? 'History intact' : 'History changed'} data-testid="chain-result" role="status">
        <Text size="sm">{check.message}</Text>
        {check.head && (
          <Text size="xs" c="dimmed" mt={4} ff="monospace" style={{ wordBreak: 'break-all' }} data-testid="chain-head">
            Newest seal {check.head.short} · {sealTime(check.head.recordedAt)} (event #{check.head.eventId})
          </Text>
        )}
        <Text size="xs" c="dimmed" mt={4}>
          Intact means the file is consistent. Whoever has the file could rewrite all of it; a reference the creator received, checked here, shows that
          the history up to it was not rewritten since.
        </Text>
      </Alert>
      {given && (
        <Alert color={given.result === 'confirmed' ? 'teal' : 'red'} variant="light" title={given.result === 'confirmed' ? 'Reference confirmed' : 'Reference does not match'} data-testid="reference-result" role="status">
          <Text size="sm">{given.message}</Text>
        </Alert>
      )}
    </Stack>
  );
}

const REFERENCE_HINT = 'Paste the reference line from a message you sent, e.g. Ref. 3f9a2c1d5e7b0a44 · 2026-03-25 14:02 UTC';

/** Everything that matters in a dispute, to print, save or hand over, and proof it was not changed. */
export function EvidenceSection({ collaborationId, creatorName }: { collaborationId: number; creatorName: string }) {
  const [busy, setBusy] = useState<Busy>(null);
  const [check, setCheck] = useState<ChainCheck | null>(null);
  const [reference, setReference] = useState('');
  const [referenceError, setReferenceError] = useState<string | null>(null);
  const verify = async () => {
    const head = reference.trim() === '' ? undefined : parseReference(reference);
    setReferenceError(head === null ? `No seal in that text. ${REFERENCE_HINT}.` : null);
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
        Evidence
      </Title>
      <Text size="sm" c="dimmed">
        The contract version in force, the dated history, lateness and deduction, strikes, ratings and disputes, in one document.
      </Text>
      <Group gap="xs">
        {canSavePdf() && (
          <Button size="xs" variant="light" leftSection={<IconFileTypePdf size={16} />} loading={busy === 'pdf'} onClick={run('pdf', 'The evidence PDF was not saved', () => saveEvidencePdf(collaborationId))}>
            Save evidence PDF
          </Button>
        )}
        <Button size="xs" variant="light" leftSection={<IconPrinter size={16} />} loading={busy === 'print'} onClick={run('print', 'Could not print the evidence pack', () => printPack(collaborationId, creatorName))}>
          Print evidence pack
        </Button>
        <Button size="xs" variant="light" leftSection={<IconDownload size={16} />} loading={busy === 'json'} onClick={run('json', 'The JSON was not exported', () => exportJson(collaborationId))}>
          Export JSON
        </Button>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconLink size={16} />}
          loading={busy === 'verify'}
          onClick={run('verify', 'The history could not be checked', verify)}
        >
          Verify history
        </Button>
      </Group>
      <TextInput
        size="xs"
        label="A reference you shared (optional)"
        description={REFERENCE_HINT}
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
