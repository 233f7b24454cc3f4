import { Button, Group, NumberInput, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCalendarPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Deadline } from '../../../../shared/contract/schemas';
import { DEFAULT_REPLY_SLA_HOURS } from '../../../../shared/rules/replyState';
import { CollaborationUpdateInput, type CollaborationDetail } from '../../../../shared/schemas';
import { validateWith } from '../../formErrors';
import { useApiMutation } from '../../hooks/queries';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { PanelModal } from '../accountability/PanelModal';
import { DeadlineTable } from '../contract/DeadlineTable';
import { numberOrNull } from '../forms/options';
import { OwnDateForm } from './OwnDateForm';

/** Without a contract: the dates agreed by message, and the reply time; they remind and turn late like a contract's. */
export function OwnDatesSection({ collab, deadlines }: { collab: CollaborationDetail; deadlines: Deadline[] }) {
  const { t } = useTranslation('card');
  const [editing, setEditing] = useState<Deadline | 'new' | null>(null);
  const own = deadlines.filter((d) => d.contractVersion === 0);
  return (
    <Stack gap="xs" data-testid="own-dates">
      <Group justify="space-between">
        <Title order={5}>{t('deadlines.title')}</Title>
        <Button size="compact-sm" variant="default" leftSection={<IconCalendarPlus size={14} />} onClick={() => setEditing('new')}>
          {t('deadlines.add')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        {t('deadlines.intro')}
      </Text>
      {own.length > 0 && <DeadlineTable deadlines={own} onEdit={setEditing} />}
      <ReplyWithin collab={collab} />
      <PanelModal opened={editing !== null} onClose={() => setEditing(null)} title={editing === 'new' ? t('deadlines.addTitle') : t('deadlines.changeTitle')}>
        {editing !== null && <OwnDateForm collaborationId={collab.id} deadline={editing === 'new' ? undefined : editing} hasPostBy={collab.publishBy !== null} onDone={() => setEditing(null)} />}
      </PanelModal>
    </Stack>
  );
}

function ReplyWithin({ collab }: { collab: CollaborationDetail }) {
  const { t } = useTranslation('card');
  const update = useApiMutation('collaborations.update');
  const toInput = (v: { hours: number | string }) => ({ id: collab.id, replyWithinHours: numberOrNull(v.hours) });
  const form = useForm({ initialValues: { hours: collab.replyWithinHours ?? ('' as number | string) }, validate: (v) => rename(validateWith(CollaborationUpdateInput, toInput)(v)) });
  const { submit, error } = useFormSubmit(form, (v) => update.mutateAsync(toInput(v)), () => form.resetDirty(), rename);
  return (
    <form onSubmit={submit} noValidate>
      <Group align="flex-end" gap="xs">
        <NumberInput
          clampBehavior="none"
          w={280}
          label={t('deadlines.replyWithin')}
          placeholder={t('deadlines.replyDefault', { hours: DEFAULT_REPLY_SLA_HOURS })}
          min={1}
          max={720}
          allowDecimal={false}
          {...form.getInputProps('hours')}
        />
        <Button type="submit" variant="default" loading={update.isPending} disabled={!form.isDirty()}>
          {t('deadlines.save')}
        </Button>
      </Group>
      {error && (
        <Text size="sm" c="red" mt={4}>
          {error}
        </Text>
      )}
    </form>
  );
}

// The API names the field replyWithinHours; the form calls it hours.
const rename = (errors: Record<string, string>) => Object.fromEntries(Object.entries(errors).map(([k, v]) => [k === 'replyWithinHours' ? 'hours' : k, v]));
