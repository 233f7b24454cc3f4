import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import type { AmendmentKind } from '../../../../shared/amendments/schemas';
import { amendmentDetail, amendmentTitle } from '../../../../shared/amendments/words';
import type { Penalty } from '../../../../shared/contract/schemas';
import { isPaid } from '../../../../shared/rules/deal';
import type { CollaborationDetail } from '../../../../shared/schemas';
import { call } from '../../api';
import { formatDate } from '../../format';
import { useApiQuery } from '../../hooks/queries';
import { printHtml } from '../../print';
import { PanelModal } from '../accountability/PanelModal';
import { AmendmentForm } from './AmendmentForm';

async function printLetter(eventId: number) {
  try {
    const doc = await call('amendments.letter', { eventId });
    await printHtml(doc.html, 'Amendment letter');
  } catch (e) {
    notifications.show({ color: 'red', title: 'Could not print the letter', message: e instanceof Error ? e.message : String(e) });
  }
}

const TITLES: Record<Exclude<AmendmentKind, 'extension'>, string> = { waiver: 'Waive the deduction', fee_change: 'Change the fee' };

/** What was agreed after the contract in force, each with its letter, and the changes that can be recorded. */
export function AmendmentsSection({ collab, penalty }: { collab: CollaborationDetail; penalty: Penalty | undefined }) {
  const amendments = useApiQuery('amendments.list', { collaborationId: collab.id }).data ?? [];
  const [recording, setRecording] = useState<Exclude<AmendmentKind, 'extension'> | null>(null);
  // A clause with a cap is one that deducts; without it there is nothing to waive.
  const deducts = (penalty?.capMinor ?? 0) > 0;
  return (
    <Stack gap={4} data-testid="amendments">
      <Group justify="space-between">
        <Title order={5}>Amendments</Title>
        <Group gap="xs">
          {deducts && (
            <Button size="compact-sm" variant="default" onClick={() => setRecording('waiver')}>
              {TITLES.waiver}
            </Button>
          )}
          {isPaid(collab.feeMinor) && (
            <Button size="compact-sm" variant="default" onClick={() => setRecording('fee_change')}>
              {TITLES.fee_change}
            </Button>
          )}
        </Group>
      </Group>
      {amendments.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing amended. A date moved by agreement (the calendar button beside a deadline), a waived deduction or a new fee is recorded here, with a letter to sign.
        </Text>
      ) : (
        <Table fz="sm" verticalSpacing={4} aria-label="Amendments">
          <Table.Tbody>
            {[...amendments].reverse().map((a) => (
              <Table.Tr key={a.eventId} data-testid="amendment">
                <Table.Td style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>{formatDate(a.facts.agreedOn)}</Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {amendmentTitle(a.facts)}{' '}
                    {!a.inForce && (
                      <Badge size="xs" color="gray" variant="light" tt="none">
                        Replaced by a later version
                      </Badge>
                    )}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {amendmentDetail(a.facts)}
                  </Text>
                </Table.Td>
                <Table.Td style={{ verticalAlign: 'top' }}>
                  <Button size="compact-xs" variant="light" leftSection={<IconPrinter size={14} />} onClick={() => void printLetter(a.eventId)}>
                    Letter
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <PanelModal opened={recording !== null} onClose={() => setRecording(null)} title={recording ? TITLES[recording] : ''}>
        {recording && <AmendmentForm collaborationId={collab.id} currency={collab.currency} kind={recording} onDone={() => setRecording(null)} />}
      </PanelModal>
    </Stack>
  );
}
