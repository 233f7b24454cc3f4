import { Group, SegmentedControl, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useId } from 'react';
import { TEMPLATE_KINDS, type TemplateLanguage } from '../../../../shared/outreach/kinds';
import type { Template } from '../../../../shared/outreach/schemas';
import { KIND_LABELS, languageOptions } from './labels';
import type { ComposerState } from './useComposer';

/** The picker's options: the templates in one language, grouped by rung, built-ins first. */
function templateGroups(templates: Template[], language: TemplateLanguage) {
  return TEMPLATE_KINDS.map((kind) => ({
    group: KIND_LABELS[kind],
    items: templates
      .filter((t) => t.kind === kind && t.language === language)
      .map((t) => ({ value: t.id, label: t.builtIn ? t.name : `${t.name} (yours)` })),
  })).filter((g) => g.items.length > 0);
}

export function ComposerFields({ composer, templates }: { composer: ComposerState; templates: Template[] }) {
  const languageLabel = useId();
  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm" wrap="nowrap">
        <Select
          label="Template"
          placeholder="Choose a message"
          data={templateGroups(templates, composer.language)}
          value={composer.templateId}
          onChange={composer.chooseTemplate}
          searchable
          nothingFoundMessage="No template by that name"
          maxDropdownHeight={320}
          style={{ flex: 1 }}
        />
        <Stack gap={4}>
          <Text component="span" size="sm" fw={600} id={languageLabel}>
            Language
          </Text>
          <SegmentedControl
            aria-labelledby={languageLabel}
            data={languageOptions}
            value={composer.language}
            onChange={(value) => composer.chooseLanguage(value as TemplateLanguage)}
          />
        </Stack>
      </Group>
      <TextInput label="Subject" value={composer.text.subject} onChange={(e) => composer.edit({ subject: e.currentTarget.value })} />
      <Textarea
        label="Message"
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
