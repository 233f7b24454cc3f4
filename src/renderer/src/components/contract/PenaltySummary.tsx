import { Alert, Text } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';
import type { Penalty } from '../../../../shared/contract/schemas';
import { formatMoney } from '../../format';

/** The late-delivery clause applied to today: what it costs so far and what the brand may now do. */
export function PenaltySummary({ penalty }: { penalty: Penalty }) {
  const { t } = useTranslation('contract');
  if (penalty.daysLate === 0) return null;
  const money = (minor: number) => formatMoney(minor, penalty.currency);
  const deduction = {
    deduction: money(penalty.deductionMinor),
    fee: money(penalty.feeMinor),
    charged: penalty.daysCharged,
    capReached: penalty.capReached ? 'yes' : 'no',
    cap: money(penalty.capMinor),
  };
  return (
    <Alert color={penalty.terminationAvailable ? 'red' : 'orange'} variant="light" title={t('penalty.late', { days: penalty.daysLate })} data-testid="penalty">
      <Text size="sm">
        <Trans
          t={t}
          i18nKey={penalty.daysCharged !== penalty.daysLate ? 'penalty.deductionAfterGrace' : 'penalty.deduction'}
          values={deduction}
          components={{ b: <b /> }}
        />
      </Text>
      {penalty.waivedMinor > 0 && (
        <Text size="sm" mt={4} data-testid="waived">
          {t('penalty.waived', { computed: money(penalty.computedMinor), waived: money(penalty.waivedMinor) })}
        </Text>
      )}
      {penalty.terminationAvailable && (
        <Text size="sm" mt={4}>
          {t('penalty.terminationAvailable')}
        </Text>
      )}
    </Alert>
  );
}
