import { Alert, Badge, Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileText, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CollaborationDetail } from '../../../../shared/schemas';
import { call } from '../../api';
import { errorText } from '../../formErrors';
import { formatDate, formatDateTime } from '../../format';
import { i18n } from '../../i18n';
import { useApiQuery } from '../../hooks/queries';
import { canSavePdf, printHtml } from '../../print';
import { savePdf } from '../../shell';
import { hrefOf } from '../../route';
import { DeadlineTable } from './DeadlineTable';
import { DocxButton } from './DocxButton';
import { PenaltySummary } from './PenaltySummary';
import { useState } from 'react';
import type { Deadline } from '../../../../shared/contract/schemas';
import { AmendmentForm } from '../amendments/AmendmentForm';
import { AmendmentsSection } from '../amendments/AmendmentsSection';
import { OwnDatesSection } from '../deadlines/OwnDatesSection';
import { PanelModal } from '../accountability/PanelModal';

/** The desktop app writes a real PDF file through the main process. */
const saveContractPdf = (collaborationId: number, version: number) =>
  savePdf('shell.savePdf', { collaborationId, version }, { saved: i18n.t('contract:print.pdfSaved'), failed: i18n.t('contract:print.pdfFailed') });

/** Prints a version (or the draft) exactly as the app stores it. */
export async function printContract(collaborationId: number, version?: number) {
  try {
    const doc = await call('contracts.render', { collaborationId, version });
    await printHtml(doc.html, version ? i18n.t('contract:print.versionTitle', { version }) : i18n.t('contract:print.draftTitle'));
  } catch (e) {
    notifications.show({ color: 'red', title: i18n.t('contract:print.failed'), message: errorText(e) });
  }
}

export function ContractPanel({ collab }: { collab: CollaborationDetail }) {
  const { t } = useTranslation('contract');
  const contract = useApiQuery('contracts.get', { collaborationId: collab.id });
  const deadlines = useApiQuery('deadlines.list', { collaborationId: collab.id, openOnly: false });
  const [moving, setMoving] = useState<Deadline | null>(null);
  if (!contract.data) return contract.isError ? <Alert color="red">{errorText(contract.error)}</Alert> : <Loader />;
  const c = contract.data;
  const penalty = deadlines.data?.penalties.find((p) => p.collaborationId === collab.id);
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Group gap="xs">
          <Badge color={c.status === 'finalized' ? 'teal' : c.status === 'draft' ? 'yellow' : 'gray'} variant="light" radius="sm" tt="none" size="lg">
            {t(`status.${c.status}`)}
          </Badge>
          {c.inForceVersion && <Text size="sm">{t('status.versionInForce', { version: c.inForceVersion })}</Text>}
        </Group>
        <Group gap="xs">
          <Button component="a" href={hrefOf('contract', collab.id)} leftSection={<IconFileText size={16} />}>
            {c.status === 'none' ? t('panel.build') : t('panel.open')}
          </Button>
        </Group>
      </Group>
      {c.inForceVersion === null ? (
        <>
          <Text size="sm" c="dimmed">
            {t('panel.beforeFinalized')}
          </Text>
          {deadlines.data && <OwnDatesSection collab={collab} deadlines={deadlines.data.deadlines} />}
        </>
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {t('panel.countingFrom', {
              signedOn: collab.signedOn ? formatDate(collab.signedOn) : t('panel.notYet'),
              receivedOn: collab.productReceivedOn ? formatDate(collab.productReceivedOn) : t('panel.notYet'),
            })}
          </Text>
          {penalty && <PenaltySummary penalty={penalty} />}
          {deadlines.data && <DeadlineTable deadlines={deadlines.data.deadlines} onMove={setMoving} />}
          <AmendmentsSection collab={collab} penalty={penalty} />
          <PanelModal opened={moving !== null} onClose={() => setMoving(null)} title={t('panel.moveDate')}>
            {moving && <AmendmentForm collaborationId={collab.id} currency={collab.currency} kind="extension" deadline={moving} onDone={() => setMoving(null)} />}
          </PanelModal>
        </>
      )}
      {c.versions.length > 0 && (
        <Stack gap={4}>
          <Title order={5}>{t('panel.versions')}</Title>
          <Table fz="sm" verticalSpacing={4} aria-label={t('panel.versionsLabel')}>
            <Table.Tbody>
              {[...c.versions].reverse().map((v) => (
                <Table.Tr key={v.version}>
                  <Table.Td>{t('panel.version', { version: v.version })}</Table.Td>
                  <Table.Td>{formatDateTime(v.finalizedAt)}</Table.Td>
                  <Table.Td>
                    <Text size="xs" ff="monospace" c="dimmed" title={t('panel.fingerprint', { hash: v.sha256 })}>
                      {v.sha256.slice(0, 12)}…
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      <Button size="compact-xs" variant="light" leftSection={<IconPrinter size={14} />} onClick={() => void printContract(collab.id, v.version)}>
                        {t('print.print')}
                      </Button>
                      {canSavePdf() && (
                        <Button size="compact-xs" variant="light" onClick={() => void saveContractPdf(collab.id, v.version)}>
                          {t('print.savePdf')}
                        </Button>
                      )}
                      <DocxButton size="compact-xs" variant="light" collaborationId={collab.id} version={v.version} />
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </Stack>
  );
}
