import { Alert, List } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { BriefWarning } from '../../../../shared/brief/check';
import { briefWarningText } from './warningText';

/** What the brief check found, where delays usually start. */
export function BriefWarnings({ warnings }: { warnings: BriefWarning[] }) {
  const { t } = useTranslation('brief');
  if (warnings.length === 0) {
    return (
      <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />} data-testid="brief-check">
        {t('warning.clean')}
      </Alert>
    );
  }
  return (
    <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} title={t('warning.title')} data-testid="brief-check">
      <List size="sm" spacing={4}>
        {warnings.map((w) => (
          <List.Item key={w.code === 'deadline_in_holidays' ? `${w.code}:${w.key}` : w.code} data-code={w.code}>
            {briefWarningText(w)}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
