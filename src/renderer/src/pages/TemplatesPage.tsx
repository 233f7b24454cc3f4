import { Alert, Button, Group, Loader, Modal, ScrollArea, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateLanguage } from '../../../shared/outreach/kinds';
import type { Template } from '../../../shared/outreach/schemas';
import { languageOptions } from '../components/outreach/labels';
import { type TemplateDraft, TemplateEditor } from '../components/outreach/templates/TemplateEditor';
import { TemplateList } from '../components/outreach/templates/TemplateList';
import { useApiMutation, useApiQuery } from '../hooks/queries';
import { FormModal } from '../components/FormModal';
import { errorText } from '../formErrors';

const userId = (template: Template) => Number(template.id.slice('user:'.length));

const BLANK: TemplateDraft = { kind: 'warm_checkin', language: 'en', name: '', subject: '', body: '' };

/** The message templates: built-ins to start from, and the user's own versions of them. */
export function TemplatesPage() {
  const { t } = useTranslation('templates');
  const [language, setLanguage] = useState<TemplateLanguage | 'all'>('all');
  const templates = useApiQuery('outreach.templates', language === 'all' ? {} : { language });
  const remove = useApiMutation('outreach.deleteTemplate');
  const [editing, setEditing] = useState<{ title: string; draft: TemplateDraft } | null>(null);
  const [deleting, setDeleting] = useState<Template | null>(null);

  const fields = (template: Template) => ({ kind: template.kind, language: template.language, subject: template.subject, body: template.body });
  const confirmDelete = () => {
    if (!deleting) return;
    remove.mutate(
      { id: userId(deleting) },
      {
        onSuccess: () => notifications.show({ message: t('page.deleted', { name: deleting.name }) }),
        onError: (e) => notifications.show({ color: 'red', title: t('page.notDeleted'), message: errorText(e) }),
        onSettled: () => setDeleting(null),
      },
    );
  };

  return (
    <Stack h="100%" gap="sm">
      <Group>
        <Title order={3}>{t('page.title')}</Title>
        <SegmentedControl aria-label={t('page.languageFilter')} data={[{ value: 'all', label: t('page.all') }, ...languageOptions]} value={language} onChange={(v) => setLanguage(v as TemplateLanguage | 'all')} />
        <Button ml="auto" leftSection={<IconPlus size={16} />} onClick={() => setEditing({ title: t('page.newTemplate'), draft: BLANK })}>
          {t('page.newTemplate')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        {t('page.intro')}
      </Text>
      {templates.isError ? (
        <Alert color="red" title={t('page.loadFailed')}>
          {errorText(templates.error)}
        </Alert>
      ) : !templates.data ? (
        <Loader />
      ) : (
        <ScrollArea style={{ flex: 1 }}>
          <TemplateList
            templates={templates.data}
            onDuplicate={(template) =>
              setEditing({ title: t('page.duplicateTitle', { name: template.name }), draft: { ...fields(template), name: t('page.copyName', { name: template.name }) } })
            }
            onEdit={(template) => setEditing({ title: t('page.editTitle', { name: template.name }), draft: { ...fields(template), id: userId(template), name: template.name } })}
            onDelete={setDeleting}
          />
        </ScrollArea>
      )}
      <FormModal opened={editing !== null} onClose={() => setEditing(null)} title={editing?.title} size="xl">
        {editing && <TemplateEditor draft={editing.draft} onDone={() => setEditing(null)} />}
      </FormModal>
      <Modal opened={deleting !== null} onClose={() => setDeleting(null)} title={t('page.deleteTitle', { name: deleting?.name ?? '' })}>
        <Stack>
          <Text size="sm">{t('page.deleteWarning')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDeleting(null)}>
              {t('page.cancel')}
            </Button>
            <Button color="red" loading={remove.isPending} onClick={confirmDelete}>
              {t('page.delete')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
