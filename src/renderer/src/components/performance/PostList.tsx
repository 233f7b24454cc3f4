import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconPlus } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { METRIC_FIELDS, type Deliverable, type Snapshot } from '../../../../shared/metrics/schemas';
import { formatCount, formatDateTime } from '../../format';
import { showMoney } from '../campaigns/numbers';
import { ReadingHistory } from './ReadingHistory';

type Words = TFunction<['campaigns', 'domain']>;

/** What a post is called on screen: its title, else its address. */
export const postName = (t: Words, d: Deliverable): string => d.title || d.url || t('post.untitled', { platform: t(`domain:platform.${d.platform}`) });

/** "9,000 views · 90 likes": the numbers of a reading that are known. */
function numbersLine(t: Words, s: Snapshot, currency: string): string {
  const counts = METRIC_FIELDS.flatMap((f) => (s[f] === null ? [] : [t(`reading.${f}`, { number: formatCount(s[f]) })]));
  const cost = s.costMinor === null ? [] : [t('reading.cost', { amount: showMoney(s.costMinor, currency) })];
  return [...counts, ...cost].join(t('separator.parts'));
}

export function PostList({ posts, currency, onAddNumbers }: { posts: Deliverable[]; currency: string; onAddNumbers: (post: Deliverable) => void }) {
  const { t } = useTranslation('campaigns');
  if (posts.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('post.none')}
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
  const { t } = useTranslation(['campaigns', 'domain']);
  const [open, setOpen] = useState(false);
  const name = postName(t, post);
  return (
    <Paper withBorder p="sm" radius="md" data-testid="post" aria-label={name} component="article">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Group gap={8} wrap="nowrap" style={{ minWidth: 0 }}>
            <Badge variant="light" tt="none" style={{ flexShrink: 0 }}>
              {t(`domain:platform.${post.platform}`)}
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
            {post.publishedAt ? t('post.published', { when: formatDateTime(post.publishedAt) }) : t('post.notPublished')}
          </Text>
          {post.latest ? (
            <Text size="sm" data-testid="post-numbers">
              {numbersLine(t, post.latest, currency)}
              <Text span size="xs" c="dimmed">
                {' '}
                {t('post.readAt', { when: formatDateTime(post.latest.capturedAt) })}
              </Text>
            </Text>
          ) : (
            <Text size="sm" c="dimmed" data-testid="post-numbers">
              {t('post.noNumbers')}
            </Text>
          )}
        </Stack>
        <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
          {post.latest && (
            <Button size="compact-sm" variant="subtle" color="gray" aria-expanded={open} leftSection={open ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />} onClick={() => setOpen((o) => !o)}>
              {t('post.history')}
            </Button>
          )}
          <Button size="compact-sm" variant="light" leftSection={<IconPlus size={14} />} onClick={onAddNumbers}>
            {t('performance.addNumbers')}
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
