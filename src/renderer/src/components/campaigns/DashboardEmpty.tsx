import { Anchor, Paper, Text } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';
import { hrefOf } from '../../route';

export function NoCollaborations() {
  const { t } = useTranslation('campaigns');
  return (
    <Paper withBorder p="xl" ta="center" data-testid="dashboard-empty">
      <Text fw={500}>{t('empty.noCollaborations')}</Text>
      <Text size="sm" c="dimmed" mt={4}>
        <Trans t={t} i18nKey="empty.noCollaborationsHint" components={{ board: <Anchor href={hrefOf('board')} /> }} />
      </Text>
    </Paper>
  );
}

export function NoNumbers() {
  const { t } = useTranslation('campaigns');
  return (
    <Paper withBorder p="xl" ta="center" data-testid="dashboard-no-numbers">
      <Text fw={500}>{t('empty.noNumbers')}</Text>
      <Text size="sm" c="dimmed" mt={4}>
        {t('empty.noNumbersHint')}
      </Text>
    </Paper>
  );
}
