import { Alert, Button, Group, Loader, Modal, ScrollArea, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { TemplateLanguage } from '../../../shared/outreach/kinds';
import type { Template } from '../../../shared/outreach/schemas';
import { languageOptions } from '../components/outreach/labels';
import { type TemplateDraft, TemplateEditor } from '../components/outreach/templates/TemplateEditor';
import { TemplateList } from '../components/outreach/templates/TemplateList';
import { useApiMutation, useApiQuery } from '../hooks/queries';
import { FormModal } from '../components/FormModal';

const userId = (template: Template) => Number(template.id.slice('user:'.length));

const BLANK: TemplateDraft = { kind: 'warm_checkin', language: 'en', name: '', subject: '', body: '' };

/** The message templates: built-ins to start from, and the user's own versions of them. */
export function TemplatesPage() {
  const [language, setLanguage] = useState<TemplateLanguage | 'all'>('all');
  const templates = useApiQuery('outreach.templates', language === 'all' ? {} : { language });
  const remove = useApiMutation('outreach.deleteTemplate');
  const [editing, setEditing] = useState<{ title: string; draft: TemplateDraft } | null>(null);
  const [deleting, setDeleting] = useState<Template | null>(null);

  const fields = (t: Template) => ({ kind: t.kind, language: t.language, subject: t.subject, body: t.body });
  const confirmDelete = () => {
    if (!deleting) return;
    remove.mutate(
      { id: userId(deleting) },
      {
        onSuccess: () => notifications.show({ message: `“${deleting.name}” deleted.` }),
        onError: (e) => notifications.show({ color: 'red', title: 'Not deleted', message: e.message }),
        onSettled: () => setDeleting(null),
      },
    );
  };

  return (
    <Stack h="100%" gap="sm">
      <Group>
        <Title order={3}>Templates</Title>
        <SegmentedControl aria-label="Language" data={[{ value: 'all', label: 'All' }, ...languageOptions]} value={language} onChange={(v) => setLanguage(v as TemplateLanguage | 'all')} />
        <Button ml="auto" leftSection={<IconPlus size={16} />} onClick={() => setEditing({ title: 'New template', draft: BLANK })}>
          New template
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        The built-in messages cover every step of the follow-up ladder in English, Chinese and Dutch. Duplicate one to make it your own; yours appear next to it in the composer.
      </Text>
      {templates.isError ? (
        <Alert color="red" title="The templates could not be loaded">
          {templates.error.message}
        </Alert>
      ) : !templates.data ? (
        <Loader />
      ) : (
        <ScrollArea style={{ flex: 1 }}>
          <TemplateList
            templates={templates.data}
            onDuplicate={(t) => setEditing({ title: `Duplicate “${t.name}”`, draft: { ...fields(t), name: `${t.name} (copy)` } })}
            onEdit={(t) => setEditing({ title: `Edit “${t.name}”`, draft: { ...fields(t), id: userId(t), name: t.name } })}
            onDelete={setDeleting}
          />
        </ScrollArea>
      )}
      <FormModal opened={editing !== null} onClose={() => setEditing(null)} title={editing?.title} size="xl">
        {editing && <TemplateEditor draft={editing.draft} onDone={() => setEditing(null)} />}
      </FormModal>
      <Modal opened={deleting !== null} onClose={() => setDeleting(null)} title={`Delete “${deleting?.name ?? ''}”?`}>
        <Stack>
          <Text size="sm">Messages already logged keep their text; only the template goes.</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDeleting(null)}>
              Cancel
            </Button>
            <Button color="red" loading={remove.isPending} onClick={confirmDelete}>
              Delete
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
