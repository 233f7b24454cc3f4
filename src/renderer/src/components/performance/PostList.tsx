import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { showMoney } from '../../../../shared/metrics/format';
import { METRIC_FIELDS, METRIC_LABELS, type Deliverable, type Snapshot } from '../../../../shared/metrics/schemas';
import { PLATFORM_LABELS } from '../../../../shared/platforms';
import { formatCount, formatDateTime } from '../../format';
import { ReadingHistory } from './ReadingHistory';

/** What a post is called on screen: its title, else its address. */
export const postName = (d: Deliverable): string => d.title || d.url || `${PLATFORM_LABELS[d.platform]} post`;

/** "9,000 views · 90 likes": the numbers of a reading that are known. */
function numbersLine(s: Snapshot, currency: string): string {
  const counts = METRIC_FIELDS.flatMap((f) => (s[f] === null ? [] : [`${formatCount(s[f])} ${METRIC_LABELS[f].toLowerCase()}`]));
  const cost = s.costMinor === null ? [] : [`cost ${showMoney(s.costMinor, currency)}`];
  return [...counts, ...cost].join(' · ');
}

export function PostList({ posts, currency, onAddNumbers }: { posts: Deliverable[]; currency: string; onAddNumbers: (post: Deliverable) => void }) {
  if (posts.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No posts yet. Add each post the creator publishes, then its numbers as you read them.
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      {posts.map((d) => (
        <PostRow key={d.id} post={d} currency={currency} onAddNumbers={() => onAddNumbers(d)} />
      ))}
    </Stack>
  );
}

function PostRow({ post, currency, onAddNumbers }: { post: Deliverable; currency: string; onAddNumbers: () => void }) {
  const [open, setOpen] = useState(false);
  const name = postName(post);
  return (
    <Paper withBorder p="sm" radius="md" data-testid="post" aria-label={name} component="article">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Group gap={8} wrap="nowrap" style={{ minWidth: 0 }}>
            <Badge variant="light" tt="none" style={{ flexShrink: 0 }}>
              {PLATFORM_LABELS[post.platform]}
            </Badge>
            {post.url ? (
              <Anchor href={post.url} target="_blank" rel="noreferrer" size="sm" fw={600} truncate="end" title={post.url}>
                {name}
              </Anchor>
            ) : (
              <Text size="sm" fw={600} truncate="end">
                {name}
              </Text>
            )}
          </Group>
          <Text size="xs" c="dimmed">
            {post.publishedAt ? `Published ${formatDateTime(post.publishedAt)}` : 'Not published yet'}
          </Text>
          {post.latest ? (
            <Text size="sm" data-testid="post-numbers">
              {numbersLine(post.latest, currency)}
              <Text span size="xs" c="dimmed">
                {' '}
                — read {formatDateTime(post.latest.capturedAt)}
              </Text>
            </Text>
          ) : (
            <Text size="sm" c="dimmed" data-testid="post-numbers">
              No numbers yet
            </Text>
          )}
        </Stack>
        <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
          {post.latest && (
            <Button size="compact-sm" variant="subtle" color="gray" aria-expanded={open} leftSection={open ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />} onClick={() => setOpen((o) => !o)}>
              History
            </Button>
          )}
          <Button size="compact-sm" variant="light" leftSection={<IconPlus size={14} />} onClick={onAddNumbers}>
            Add numbers
          </Button>
        </Group>
      </Group>
      {open && (
        <Stack mt="xs">
          <ReadingHistory deliverableId={post.id} currency={currency} />
        </Stack>
      )}
    </Paper>
  );
}
