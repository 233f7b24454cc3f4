import { ActionIcon, Badge, Button, Group, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconCopy, IconEdit, IconTrash } from '@tabler/icons-react';
import { TEMPLATE_KINDS } from '../../../../../shared/outreach/kinds';
import type { Template } from '../../../../../shared/outreach/schemas';
import { KIND_LABELS, LANGUAGE_NAMES, LANGUAGE_SHORT } from '../labels';

export interface TemplateActions {
  onDuplicate: (template: Template) => void;
  onEdit: (template: Template) => void;
  onDelete: (template: Template) => void;
}

function TemplateRow({ template, onDuplicate, onEdit, onDelete }: { template: Template } & TemplateActions) {
  return (
    <Group component="li" justify="space-between" wrap="nowrap" py={6} gap="sm" data-testid="template-row">
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Group gap={6}>
          <Badge size="sm" variant="outline" radius="sm" title={LANGUAGE_NAMES[template.language]}>
            {LANGUAGE_SHORT[template.language]}
          </Badge>
          <Text size="sm" fw={500}>
            {template.name}
          </Text>
          {template.builtIn ? (
            <Badge size="sm" variant="light" color="gray" tt="none">
              Built-in
            </Badge>
          ) : (
            <Badge size="sm" variant="light" color="teal" tt="none">
              Yours
            </Badge>
          )}
        </Group>
        <Text size="xs" c="dimmed" truncate>
          {template.subject || 'No subject'}
        </Text>
      </Stack>
      <Group gap={4} wrap="nowrap">
        <Button size="compact-sm" variant="subtle" leftSection={<IconCopy size={14} />} onClick={() => onDuplicate(template)} aria-label={`Duplicate ${template.name}`}>
          Duplicate
        </Button>
        {!template.builtIn && (
          <>
            <Button size="compact-sm" variant="subtle" leftSection={<IconEdit size={14} />} onClick={() => onEdit(template)} aria-label={`Edit ${template.name}`}>
              Edit
            </Button>
            <Tooltip label="Delete">
              <ActionIcon variant="subtle" color="red" onClick={() => onDelete(template)} aria-label={`Delete ${template.name}`}>
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
  return (
    <Stack gap="sm">
      {TEMPLATE_KINDS.map((kind) => {
        const ofKind = templates.filter((t) => t.kind === kind);
        if (ofKind.length === 0) return null;
        return (
          <Paper key={kind} withBorder p="sm" radius="md" component="section" aria-label={KIND_LABELS[kind]}>
            <Title order={5} mb={4}>
              {KIND_LABELS[kind]}
            </Title>
            <Stack gap={0} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
              {ofKind.map((t) => (
                <TemplateRow key={t.id} template={t} {...actions} />
              ))}
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
