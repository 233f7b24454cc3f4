import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AmendmentKind } from '../../../../shared/amendments/schemas';
import { amendmentDetail, amendmentTitle } from '../../../../shared/amendments/words';
import type { Penalty } from '../../../../shared/contract/schemas';
import { isPaid } from '../../../../shared/rules/deal';
import type { CollaborationDetail } from '../../../../shared/schemas';
import { call } from '../../api';
import { formatDate } from '../../format';
import { currentIntlTag, i18n } from '../../i18n';
import { useApiQuery } from '../../hooks/queries';
import { printHtml } from '../../print';
import { PanelModal } from '../accountability/PanelModal';
import { AmendmentForm } from './AmendmentForm';
import { errorText } from '../../formErrors';

async function printLetter(eventId: number) {
  try {
    // Not the page's language: the creator reads and signs the letter, so it speaks as the contract
    // it amends does (its language, or its two side by side), whatever language the brand works in.
    const doc = await call('amendments.letter', { eventId });
    await printHtml(doc.html, i18n.t('card:amendments.letterTitle'));
  } catch (e) {
    notifications.show({ color: 'red', title: i18n.t('card:amendments.printFailed'), message: errorText(e) });
  }
}

const TITLES = { waiver: 'amendments.waive', fee_change: 'amendments.changeFee' } as const satisfies Record<Exclude<AmendmentKind, 'extension'>, string>;

/** What was agreed after the contract in force, each with its letter, and the changes that can be recorded. */
export function AmendmentsSection({ collab, penalty }: { collab: CollaborationDetail; penalty: Penalty | undefined }) {
  const { t } = useTranslation('card');
  const amendments = useApiQuery('amendments.list', { collaborationId: collab.id }).data ?? [];
  const [recording, setRecording] = useState<Exclude<AmendmentKind, 'extension'> | null>(null);
  // A clause with a cap is one that deducts; without it there is nothing to waive.
  const deducts = (penalty?.capMinor ?? 0) > 0;
  return (
    <Stack gap={4} data-testid="amendments">
      <Group justify="space-between">
        <Title order={5}>{t('amendments.title')}</Title>
        <Group gap="xs">
          {deducts && (
            <Button size="compact-sm" variant="default" onClick={() => setRecording('waiver')}>
              {t(TITLES.waiver)}
            </Button>
          )}
          {isPaid(collab.feeMinor) && (
            <Button size="compact-sm" variant="default" onClick={() => setRecording('fee_change')}>
              {t(TITLES.fee_change)}
            </Button>
          )}
        </Group>
      </Group>
      {amendments.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('amendments.empty')}
        </Text>
      ) : (
        <Table fz="sm" verticalSpacing={4} aria-label={t('amendments.table')}>
          <Table.Tbody>
            {[...amendments].reverse().map((a) => (
              <Table.Tr key={a.eventId} data-testid="amendment">
                <Table.Td style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>{formatDate(a.facts.agreedOn)}</Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {amendmentTitle(a.facts, t, currentIntlTag())}{' '}
                    {!a.inForce && (
                      <Badge size="xs" color="gray" variant="light" tt="none">
                        {t('amendments.replaced')}
                      </Badge>
                    )}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {amendmentDetail(a.facts, t, currentIntlTag())}
                  </Text>
                </Table.Td>
                <Table.Td style={{ verticalAlign: 'top' }}>
                  <Button size="compact-xs" variant="light" leftSection={<IconPrinter size={14} />} onClick={() => void printLetter(a.eventId)}>
                    {t('amendments.letter')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <PanelModal opened={recording !== null} onClose={() => setRecording(null)} title={recording ? t(TITLES[recording]) : ''}>
        {recording && <AmendmentForm collaborationId={collab.id} currency={collab.currency} kind={recording} onDone={() => setRecording(null)} />}
      </PanelModal>
    </Stack>
  );
}
