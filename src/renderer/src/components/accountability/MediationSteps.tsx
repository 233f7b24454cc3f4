import { Button, List, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dispute } from '../../../../shared/accountability/schemas';
import { formatDateTime } from '../../format';
import { useApiMutation } from '../../hooks/queries';
import { showFailure } from './notify';

/** Calls, offers, a mediator's view, in order; steps are only ever added. */
export function MediationSteps({ dispute }: { dispute: Dispute }) {
  const { t } = useTranslation('accountability');
  const update = useApiMutation('disputes.update');
  const [text, setText] = useState('');
  const add = async () => {
    try {
      await update.mutateAsync({ id: dispute.id, addStep: text });
      setText('');
    } catch (e) {
      showFailure(t('mediation.notAdded'), e);
    }
  };
  return (
    <Stack gap={6}>
      {dispute.steps.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('mediation.none')}
        </Text>
      ) : (
        <List type="ordered" size="sm" spacing={6} aria-label={t('mediation.listLabel')} data-testid="mediation-steps">
          {dispute.steps.map((step, i) => (
            <List.Item key={`${step.at}-${i}`}>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {step.text}
              </Text>
              <Text size="xs" c="dimmed">
                {formatDateTime(step.at)}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
      <Textarea
        aria-label={t('mediation.stepLabel')}
        placeholder={t('mediation.placeholder')}
        autosize
        minRows={1}
        maxRows={6}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      <Button size="xs" variant="light" style={{ alignSelf: 'flex-end' }} onClick={() => void add()} loading={update.isPending} disabled={text.trim() === ''}>
        {t('mediation.add')}
      </Button>
    </Stack>
  );
}
