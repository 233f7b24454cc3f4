import { Alert, Text } from '@mantine/core';
import type { Penalty } from '../../../../shared/contract/schemas';
import { formatMoney } from '../../format';

/** The late-delivery clause applied to today: what it costs so far and what the brand may now do. */
export function PenaltySummary({ penalty }: { penalty: Penalty }) {
  if (penalty.daysLate === 0) return null;
  const money = (minor: number) => formatMoney(minor, penalty.currency);
  return (
    <Alert color={penalty.terminationAvailable ? 'red' : 'orange'} variant="light" title={`${penalty.daysLate} day${penalty.daysLate === 1 ? '' : 's'} late`} data-testid="penalty">
      <Text size="sm">
        Deduction so far: <b>{money(penalty.deductionMinor)}</b> of {money(penalty.feeMinor)}
        {penalty.daysCharged !== penalty.daysLate && ` (${penalty.daysCharged} day${penalty.daysCharged === 1 ? '' : 's'} counted after the grace days)`}.
        {penalty.capReached ? ` The cap of ${money(penalty.capMinor)} is reached.` : ` Cap: ${money(penalty.capMinor)}.`}
      </Text>
      {penalty.waivedMinor > 0 && (
        <Text size="sm" mt={4} data-testid="waived">
          The contract’s clause comes to {money(penalty.computedMinor)}; {money(penalty.waivedMinor)} of it was waived by agreement.
        </Text>
      )}
      {penalty.terminationAvailable && (
        <Text size="sm" mt={4}>
          The contract now allows you to end the collaboration and claim back what it names.
        </Text>
      )}
    </Alert>
  );
}
