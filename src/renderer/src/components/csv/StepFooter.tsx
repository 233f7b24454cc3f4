import { Alert, Button, Group } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A wizard step's foot: what went wrong (if anything), Back, and the step's own actions on the right. */
export function StepFooter({ problem, onBack, children }: { problem?: { title: string; message: string } | null; onBack: () => void; children: ReactNode }) {
  const { t } = useTranslation('importExport');
  return (
    <>
      {problem && (
        <Alert color="red" title={problem.title}>
          {problem.message}
        </Alert>
      )}
      <Group justify="space-between">
        <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={onBack}>
          {t('wizard.back')}
        </Button>
        <Group gap="sm">{children}</Group>
      </Group>
    </>
  );
}
