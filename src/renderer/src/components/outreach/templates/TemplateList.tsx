import { ActionIcon, Badge, Button, Group, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconCopy, IconEdit, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { TEMPLATE_KINDS } from '../../../../../shared/outreach/kinds';
import type { Template } from '../../../../../shared/outreach/schemas';
import { LANGUAGE_SHORT } from '../labels';

export interface TemplateActions {
  onDuplicate: (template: Template) => void;
  onEdit: (template: Template) => void;
  onDelete: (template: Template) => void;
}

function TemplateRow({ template, onDuplicate, onEdit, onDelete }: { template: Template } & TemplateActions) {
  const { t } = useTranslation('templates');
  return (
    <Group component="li" justify="space-between" wrap="nowrap" py={6} gap="sm" data-testid="template-row">
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Group gap={6}>
          <Badge size="sm" variant="outline" radius="sm" title={t(`language.${template.language}`)}>
            {LANGUAGE_SHORT[template.language]}
          </Badge>
          <Text size="sm" fw={500}>
            {template.name}
          </Text>
          {template.builtIn ? (
            <Badge size="sm" variant="light" color="gray" tt="none">
              {t('list.builtIn')}
            </Badge>
          ) : (
            <Badge size="sm" variant="light" color="teal" tt="none">
              {t('list.yours')}
            </Badge>
          )}
        </Group>
        <Text size="xs" c="dimmed" truncate>
          {template.subject || t('list.noSubject')}
        </Text>
      </Stack>
      <Group gap={4} wrap="nowrap">
        <Button size="compact-sm" variant="subtle" leftSection={<IconCopy size={14} />} onClick={() => onDuplicate(template)} aria-label={t('list.duplicateNamed', { name: template.name })}>
          {t('list.duplicate')}
        </Button>
        {!template.builtIn && (
          <>
            <Button size="compact-sm" variant="subtle" leftSection={<IconEdit size={14} />} onClick={() => onEdit(template)} aria-label={t('list.editNamed', { name: template.name })}>
              {t('list.edit')}
            </Button>
            <Tooltip label={t('list.delete')}>
              <ActionIcon variant="subtle" color="red" onClick={() => onDelete(template)} aria-label={t('list.deleteNamed', { name: template.name })}>
                <IconTrash size={16} />
              </ActionIcon>
            </Tooltip>
          </>
        )}
      </Group>
    </Group>
  );
}

/** Templates grouped by rung of the ladder, in ladder order; within a rung built-ins come first. */
export function TemplateList({ templates, ...actions }: { templates: Template[] } & TemplateActions) {
  const { t } = useTranslation('templates');
  return (
    <Stack gap="sm">
      {TEMPLATE_KINDS.map((kind) => {
        const ofKind = templates.filter((t) => t.kind === kind);
        if (ofKind.length === 0) return null;
        return (
          <Paper key={kind} withBorder p="sm" radius="md" component="section" aria-label={t(`kind.${kind}`)}>
            <Title order={5} mb={4}>
              {t(`kind.${kind}`)}
            </Title>
            <Stack gap={0} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
              {ofKind.map((template) => (
                <TemplateRow key={template.id} template={template} {...actions} />
              ))}
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
