import { MultiSelect, NumberInput, Select, SimpleGrid, Stack, Switch, TagsInput, Textarea, TextInput } from '@mantine/core';
import { PLATFORM_LABELS, PLATFORMS } from '../../../../../shared/platforms';
import type { TermsForm } from './types';

const platformOptions = PLATFORMS.map((p) => ({ value: p, label: PLATFORM_LABELS[p] }));
const MARKETS = [
  { value: 'us', label: 'United States (FTC)' },
  { value: 'uk', label: 'United Kingdom (ASA)' },
  { value: 'eu', label: 'European Union' },
  { value: 'cn', label: 'China' },
  { value: 'other', label: 'Other' },
];

export function BriefSection({ form }: { form: TermsForm }) {
  return (
    <Stack gap="sm">
      <MultiSelect label="Platforms" data={platformOptions} searchable {...form.getInputProps('brief.platforms')} />
      <SimpleGrid cols={2}>
        <TextInput label="Format" placeholder="Video, Reel, carousel…" {...form.getInputProps('brief.format')} />
        <TextInput label="Length" placeholder="60–90 s" {...form.getInputProps('brief.length')} />
      </SimpleGrid>
      <Textarea label="Style" autosize minRows={2} {...form.getInputProps('brief.style')} />
      <TagsInput label="Key selling points that must appear" placeholder="Type one and press Enter" {...form.getInputProps('brief.sellingPoints')} />
      <Textarea label="Brand elements" autosize minRows={1} {...form.getInputProps('brief.brandElements')} />
      <TagsInput label="Required tags, mentions and links" placeholder="#brand, @brand, link…" {...form.getInputProps('brief.tags')} />
      <SimpleGrid cols={2}>
        <TextInput label="Disclosure label" {...form.getInputProps('brief.disclosure')} />
        <Select label="Market" data={MARKETS} allowDeselect={false} {...form.getInputProps('brief.disclosureMarket')} />
        <NumberInput clampBehavior="none" label="Post stays live at least" suffix=" days" min={0} {...form.getInputProps('brief.minimumLiveDays')} />
        <NumberInput clampBehavior="none" label="Creator replies within" suffix=" hours" min={1} {...form.getInputProps('replySlaHours')} />
      </SimpleGrid>
      <Switch label="Exclusive: the post is dedicated to this brand only" {...form.getInputProps('brief.exclusive', { type: 'checkbox' })} />
    </Stack>
  );
}
