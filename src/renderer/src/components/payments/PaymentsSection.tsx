import { Button, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconCash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { paymentKindLabel } from '../../../../shared/payments/labels';
import { isPaid } from '../../../../shared/rules/deal';
import type { CollaborationDetail } from '../../../../shared/schemas';
import { formatDate, formatMoney } from '../../format';
import { useApiQuery } from '../../hooks/queries';
import { PanelModal } from '../accountability/PanelModal';
import { PaymentForm } from './PaymentForm';

/** What the collaboration costs and what is still to pay, the payments made, and a way to record one. */
export function PaymentsSection({ collab }: { collab: CollaborationDetail }) {
  const { t } = useTranslation('card');
  const ledger = useApiQuery('ledger.get', { collaborationId: collab.id }).data;
  const [recording, setRecording] = useState(false);
  if (!ledger) return null;
  const money = (minor: number) => formatMoney(minor, ledger.currency);
  const paid = isPaid(ledger.feeMinor);
  return (
    <Stack gap="xs" data-testid="payments">
      <Group justify="space-between">
        <Title order={5}>{t('payments.title')}</Title>
        <Button variant="default" size="xs" leftSection={<IconCash size={14} />} onClick={() => setRecording(true)}>
          {t('payments.record')}
        </Button>
      </Group>
      <SimpleGrid cols={paid ? 4 : 1} spacing="sm">
        {paid && <Figure label={t('payments.fee')} value={money(ledger.feeMinor)} />}
        {paid && (
          <Figure
            label={ledger.waivedMinor > 0 ? t('payments.deductionWaived', { amount: money(ledger.waivedMinor) }) : t('payments.deduction')}
            value={ledger.deductionMinor > 0 ? `− ${money(ledger.deductionMinor)}` : money(0)}
          />
        )}
        {paid && <Figure label={t('payments.paidTowardsFee')} value={money(ledger.feePaidMinor)} />}
        {paid ? (
          <Figure label={t('payments.stillToPay')} value={money(ledger.stillToPayMinor)} testId="still-to-pay" strong />
        ) : (
          <Text size="sm" c="dimmed">
            {t('payments.gift')}
          </Text>
        )}
      </SimpleGrid>
      {ledger.overpaidMinor > 0 && (
        <Text size="sm" c="orange" data-testid="overpaid">
          {t('payments.overpaid', { amount: money(ledger.overpaidMinor) })}
        </Text>
      )}
      {ledger.otherPaidMinor > 0 && (
        <Text size="sm" c="dimmed">
          {t('payments.besideFee', { amount: money(ledger.otherPaidMinor) })}
        </Text>
      )}
      {ledger.payments.length > 0 && (
        <Table fz="sm" verticalSpacing={4} aria-label={t('payments.table')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('payments.paidOn')}</Table.Th>
              <Table.Th>{t('payments.for')}</Table.Th>
              <Table.Th ta="right">{t('payments.amount')}</Table.Th>
              <Table.Th>{t('payments.methodReference')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {ledger.payments.map((p) => (
              <Table.Tr key={p.eventId} data-testid="payment">
                <Table.Td>{formatDate(p.paidOn)}</Table.Td>
                <Table.Td>{paymentKindLabel(p.kind, t)}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {money(p.amountMinor)}
                </Table.Td>
                <Table.Td>{[p.method, p.reference].filter(Boolean).join(' · ') || '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <PanelModal opened={recording} onClose={() => setRecording(false)} title={t('payments.record')}>
        <PaymentForm collaborationId={collab.id} currency={ledger.currency} gift={!paid} onDone={() => setRecording(false)} />
      </PanelModal>
    </Stack>
  );
}

function Figure({ label, value, testId, strong = false }: { label: string; value: string; testId?: string; strong?: boolean }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={strong ? 700 : 500} data-testid={testId}>
        {value}
      </Text>
    </div>
  );
}
