import { Alert, Anchor, List, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import { Trans, useTranslation } from 'react-i18next';
import { TARGET_KEYS, type Verdict } from '../../../../shared/metrics/schemas';
import type { Campaign, CollaborationTargets } from '../../../../shared/schemas';
import { currentIntlTag, say } from '../../i18n';
import { missWords } from '../../../../shared/metrics/missText';

/**
 * How the numbers compare with the campaign's targets (or the ones set for this collaboration), or
 * why they cannot be compared yet. Costs are in the collaboration's `currency`.
 */
export function VerdictAlert({ verdict, campaign, own, currency, nextStep, onShowPlan }: { verdict: Verdict; campaign: Campaign | null; own: CollaborationTargets | null; currency: string; nextStep?: string; onShowPlan: () => void }) {
  const { t } = useTranslation('campaigns');
  const hasTargets = campaign !== null && TARGET_KEYS.some((k) => campaign.targets[k] !== undefined || own?.[k] !== undefined);
  if (!hasTargets) {
    return (
      <Alert color="gray" variant="light" icon={<IconInfoCircle />} title={t('verdict.noTargetsTitle')} data-testid="verdict">
        {campaign ? t('verdict.noTargets', { campaign: campaign.name }) : t('verdict.noCampaign')}
      </Alert>
    );
  }
  if (!verdict.judged) {
    return (
      <Text size="sm" c="dimmed" data-testid="verdict">
        {t('verdict.notJudged', { campaign: campaign.name })}
      </Text>
    );
  }
  if (verdict.underperforming) {
    return (
      <Alert color="orange" variant="light" icon={<IconAlertTriangle />} title={t('verdict.belowTarget')} data-testid="verdict">
        <List size="sm" spacing={2}>
          {verdict.misses.map((m) => (
            <List.Item key={m.target}>{missWords(say, currentIntlTag(), m, currency)}</List.Item>
          ))}
        </List>
        <Text size="xs" c="dimmed" mt={6}>
          {t('verdict.flagged', { campaign: campaign.name, margin: String(verdict.marginPct) })}
        </Text>
        {nextStep && (
          <Text size="sm" mt={6}>
            <Trans t={t} i18nKey="verdict.nextStep" values={{ step: nextStep }} components={{ b: <b /> }} />{' '}
            <Anchor component="button" type="button" size="sm" onClick={onShowPlan}>
              {t('verdict.showPlan')}
            </Anchor>
          </Text>
        )}
      </Alert>
    );
  }
  return (
    <Alert color="teal" variant="light" icon={<IconCircleCheck />} title={t('verdict.onTarget')} data-testid="verdict">
      {t('verdict.met', { campaign: campaign.name, margin: String(verdict.marginPct) })}
    </Alert>
  );
}
