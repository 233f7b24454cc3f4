import { Button, Group, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { METRIC_FIELDS, METRIC_LABELS } from '../../../../shared/metrics/schemas';
import { toMinor } from '../../../../shared/money';
import { PLATFORM_LABELS, PLATFORMS, type Platform } from '../../../../shared/platforms';
import { useApiMutation } from '../../hooks/queries';

const platformOptions = PLATFORMS.map((p) => ({ value: p, label: PLATFORM_LABELS[p] }));

/** A new post: where it is and when it went live; its numbers come after. */
export function AddPostForm({ collaborationId, onDone }: { collaborationId: number; onDone: () => void }) {
  const add = useApiMutation('deliverables.add');
  const [platform, setPlatform] = useState<Platform>('instagram');
  const [url, setUrl] = useState('');
  const [title, setTitle] = useState('');
  const [published, setPublished] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = () =>
    add.mutate(
      { collaborationId, platform, url, title, publishedAt: published ? new Date(published).toISOString() : null },
      { onSuccess: onDone, onError: (e) => setError(e.message) },
    );
  return (
    <Stack gap="sm">
      <Select label="Platform" data={platformOptions} value={platform} onChange={(v) => v && setPlatform(v as Platform)} allowDeselect={false} />
      <TextInput label="Address of the post" placeholder="https://…" value={url} onChange={(e) => setUrl(e.currentTarget.value)} error={error} />
      <TextInput label="Title" value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
      <TextInput label="Published" type="datetime-local" value={published} onChange={(e) => setPublished(e.currentTarget.value)} />
      <Group justify="flex-end">
        <Button onClick={submit} loading={add.isPending}>
          Add post
        </Button>
      </Group>
    </Stack>
  );
}

type Counts = Partial<Record<(typeof METRIC_FIELDS)[number], number | string>>;

/** The numbers of a post as read now (or at another moment); a field left empty is unknown. */
export function AddNumbersForm({ deliverableId, currency, onDone }: { deliverableId: number; currency: string; onDone: () => void }) {
  const record = useApiMutation('metrics.record');
  const [counts, setCounts] = useState<Counts>({});
  const [cost, setCost] = useState<number | string>('');
  const [at, setAt] = useState('');
  const number = (v: number | string | undefined) => (typeof v === 'number' ? v : null);
  const submit = () =>
    record.mutate(
      {
        deliverableId,
        ...(at ? { capturedAt: new Date(at).toISOString() } : {}),
        ...Object.fromEntries(METRIC_FIELDS.map((f) => [f, number(counts[f])])),
        costMinor: typeof cost === 'number' ? toMinor(cost, currency) : null,
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: 'Numbers recorded.' });
          onDone();
        },
        onError: (e) => notifications.show({ color: 'red', title: 'Not recorded', message: e.message }),
      },
    );
  return (
    <Stack gap="sm">
      <TextInput label="Read at" description="Empty: now" type="datetime-local" value={at} onChange={(e) => setAt(e.currentTarget.value)} />
      <SimpleGrid cols={2} spacing="sm">
        {METRIC_FIELDS.map((f) => (
          <NumberInput key={f} label={METRIC_LABELS[f]} min={0} allowDecimal={false} thousandSeparator="," value={counts[f] ?? ''} onChange={(v) => setCounts((c) => ({ ...c, [f]: v }))} />
        ))}
        <NumberInput label={`Cost (${currency})`} description="Empty: the fee counts" min={0} decimalScale={2} value={cost} onChange={setCost} />
      </SimpleGrid>
      <Group justify="flex-end">
        <Button onClick={submit} loading={record.isPending}>
          Save numbers
        </Button>
      </Group>
    </Stack>
  );
}
