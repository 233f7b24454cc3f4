import { ActionIcon, Button, Checkbox, Group, NumberInput, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { MILESTONE_KINDS, type MilestoneTerm } from '../../../../../shared/contract/terms';
import type { TermsForm } from './types';

const DAY_COUNTS = ['calendar', 'working'] as const;
const ANCHORS = ['product_received', 'signed', 'fixed'] as const;

function freshKey(existing: MilestoneTerm[]): string {
  let n = existing.length + 1;
  while (existing.some((m) => m.key === `milestone_${n}`)) n += 1;
  return `milestone_${n}`;
}

export function MilestonesSection({ form }: { form: TermsForm }) {
  const { t } = useTranslation('contract');
  const kindOptions = MILESTONE_KINDS.map((k) => ({ value: k, label: t(`milestones.kind.${k}`) }));
  const countOptions = DAY_COUNTS.map((c) => ({ value: c, label: t(`dayCount.${c}`) }));
  const anchorOptions = ANCHORS.map((a) => ({ value: a, label: t(`milestones.anchor.${a}`) }));
  const list = form.values.milestones;
  const add = () =>
    form.insertListItem('milestones', {
      key: freshKey(list),
      name: '',
      kind: 'other',
      offsetDays: 7,
      dayCount: 'calendar',
      anchor: 'product_received',
      deductible: true,
    } satisfies MilestoneTerm);
  return (
    <Stack gap="xs">
      {list.map((m, i) => (
        <Paper key={m.key} withBorder p="xs" radius="sm" data-testid="milestone">
          <Stack gap={6}>
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <TextInput size="xs" aria-label={t('milestones.name')} placeholder={t('milestones.namePlaceholder')} style={{ flex: 1 }} {...form.getInputProps(`milestones.${i}.name`)} />
              <Select size="xs" aria-label={t('milestones.kindLabel')} data={kindOptions} allowDeselect={false} w={230} {...form.getInputProps(`milestones.${i}.kind`)} />
              <ActionIcon variant="subtle" color="gray" aria-label={m.name ? t('milestones.remove', { name: m.name }) : t('milestones.removeUnnamed')} onClick={() => form.removeListItem('milestones', i)}>
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
            {/* Wraps rather than cutting "calendar days" or "after product received" short. */}
            <Group gap="xs" wrap="wrap" align="center">
              <Text size="xs" c="dimmed">
                {t('milestones.due')}
              </Text>
              {m.anchor === 'fixed' ? (
                <TextInput size="xs" type="date" aria-label={m.name ? t('milestones.dateFor', { name: m.name }) : t('milestones.dateForUnnamed')} w={160} {...form.getInputProps(`milestones.${i}.onDate`)} onChange={(e) => form.setFieldValue(`milestones.${i}.onDate`, e.currentTarget.value || undefined)} value={m.onDate ?? ''} />
              ) : (
                <>
                  <NumberInput clampBehavior="none" size="xs" aria-label={m.name ? t('milestones.daysFor', { name: m.name }) : t('milestones.daysForUnnamed')} min={0} w={72} {...form.getInputProps(`milestones.${i}.offsetDays`)} />
                  <Select size="xs" aria-label={t('milestones.countedAs')} data={countOptions} allowDeselect={false} w={150} {...form.getInputProps(`milestones.${i}.dayCount`)} />
                </>
              )}
              <Select size="xs" aria-label={t('milestones.countedFrom')} data={anchorOptions} allowDeselect={false} w={200} {...form.getInputProps(`milestones.${i}.anchor`)} />
              <Checkbox size="xs" ml="auto" label={t('milestones.deductible')} styles={{ label: { whiteSpace: "nowrap" } }} {...form.getInputProps(`milestones.${i}.deductible`, { type: 'checkbox' })} />
            </Group>
          </Stack>
        </Paper>
      ))}
      {typeof form.errors.milestones === 'string' && <div style={{ color: 'var(--mantine-color-error)', fontSize: 12 }}>{form.errors.milestones}</div>}
      <Group>
        <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={add}>
          {t('milestones.add')}
        </Button>
      </Group>
    </Stack>
  );
}
