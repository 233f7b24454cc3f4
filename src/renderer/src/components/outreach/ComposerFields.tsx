import { Group, SegmentedControl, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TEMPLATE_KINDS, type TemplateLanguage } from '../../../../shared/outreach/kinds';
import type { Template } from '../../../../shared/outreach/schemas';
import { kindLabel, languageOptions } from './labels';
import type { ComposerState } from './useComposer';

/** The picker's options: the templates in one language, grouped by rung, built-ins first. */
function templateGroups(templates: Template[], language: TemplateLanguage, yours: (name: string) => string) {
  return TEMPLATE_KINDS.map((kind) => ({
    group: kindLabel(kind),
    items: templates
      .filter((t) => t.kind === kind && t.language === language)
      .map((t) => ({ value: t.id, label: t.builtIn ? t.name : yours(t.name) })),
  })).filter((g) => g.items.length > 0);
}

export function ComposerFields({ composer, templates }: { composer: ComposerState; templates: Template[] }) {
  const { t } = useTranslation('templates');
  const languageLabel = useId();
  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm" wrap="nowrap">
        <Select
          label={t('composer.template')}
          placeholder={t('composer.choose')}
          data={templateGroups(templates, composer.language, (name) => t('composer.yours', { name }))}
          value={composer.templateId}
          onChange={composer.chooseTemplate}
          searchable
          nothingFoundMessage={t('composer.nothingFound')}
          maxDropdownHeight={320}
          style={{ flex: 1 }}
        />
        <Stack gap={4}>
          <Text component="span" size="sm" fw={600} id={languageLabel}>
            {t('composer.language')}
          </Text>
          <SegmentedControl
            aria-labelledby={languageLabel}
            data={languageOptions}
            value={composer.language}
            onChange={(value) => composer.chooseLanguage(value as TemplateLanguage)}
          />
        </Stack>
      </Group>
      <TextInput label={t('composer.subject')} value={composer.text.subject} onChange={(e) => composer.edit({ subject: e.currentTarget.value })} />
      <Textarea
        label={t('composer.message')}
        autosize
        minRows={5}
        maxRows={10}
        value={composer.text.body}
        onChange={(e) => composer.edit({ body: e.currentTarget.value })}
        error={composer.error}
      />
    </Stack>
  );
}
