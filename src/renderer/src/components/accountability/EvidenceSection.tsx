import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconFileTypePdf, IconLink, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import type { ChainCheck } from '../../../../shared/accountability/schemas';
import { call } from '../../api';
import { downloadText } from '../../download';
import { canSavePdf, printHtml } from '../../print';
import { showFailure } from './notify';

type Busy = 'pdf' | 'print' | 'json' | 'verify' | null;

/** The desktop app writes the pack as a real PDF file through the main process. */
async function savePdf(collaborationId: number) {
  const result = await window.followthrough!.call('shell.saveEvidencePdf', { collaborationId });
  if (!result.ok) notifications.show({ color: 'red', title: 'The evidence PDF was not saved', message: result.error.message });
  else if ((result.data as { saved: boolean }).saved) notifications.show({ color: 'teal', message: 'Evidence PDF saved' });
}

async function printPack(collaborationId: number, creatorName: string) {
  const doc = await call('evidence.render', { collaborationId });
  await printHtml(doc.html, `Evidence pack: ${creatorName}`);
}

async function exportJson(collaborationId: number) {
  const pack = await call('evidence.pack', { collaborationId });
  downloadText(`evidence-${collaborationId}.json`, JSON.stringify(pack, null, 2), 'application/json');
}

function ChainResult({ check }: { check: ChainCheck }) {
  return (
    <Alert color={check.intact ? 'teal' : 'red'} variant="light" title={check.intact ? 'History intact' : 'History changed'} data-testid="chain-result" role="status">
      <Text size="sm">{check.message}</Text>
      {check.headHash && (
        <Text size="xs" c="dimmed" mt={4} ff="monospace" style={{ wordBreak: 'break-all' }}>
          Latest hash {check.headHash}
        </Text>
      )}
    </Alert>
  );
}

/** Everything that matters in a dispute, to print, save or hand over, and proof it was not changed. */
export function EvidenceSection({ collaborationId, creatorName }: { collaborationId: number; creatorName: string }) {
  const [busy, setBusy] = useState<Busy>(null);
  const [check, setCheck] = useState<ChainCheck | null>(null);
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
          <Button size="xs" variant="light" leftSection={<IconFileTypePdf size={16} />} loading={busy === 'pdf'} onClick={run('pdf', 'The evidence PDF was not saved', () => savePdf(collaborationId))}>
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
          onClick={run('verify', 'The history could not be checked', async () => setCheck(await call('events.verify', {})))}
        >
          Verify history
        </Button>
      </Group>
      {check && <ChainResult check={check} />}
    </Stack>
  );
}
