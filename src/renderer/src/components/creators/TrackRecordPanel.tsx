import { Alert, Badge, Group, List, Loader, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { reliabilityText } from '../../../../shared/accountability/reliabilityWords';
import type { PostsRecord, TrackRecord } from '../../../../shared/accountability/trackRecord';
import { errorText } from '../../formErrors';
import { useApiQuery } from '../../hooks/queries';
import { currentIntlTag, say } from '../../i18n';
import { ReliabilityBadge } from './ReliabilityBadge';
import { amountsWords, deliveryWords, owedWords, postWords, strikeWords } from './trackRecordWords';

/** Obligations listed by name; the rest are counted. */
const OWED_SHOWN = 4;

/**
 * What the brand's own history says about the creator being chosen for a new collaboration: how it
 * went before, and a warning when they still owe work elsewhere.
 */
export function TrackRecordPanel({ creatorId }: { creatorId: number }) {
  const { t } = useTranslation('creators');
  const query = useApiQuery('influencers.trackRecord', { id: creatorId });
  const creator = useApiQuery('influencers.get', { id: creatorId }).data;
  // The answer about the creator chosen before stays in the cache until this one's arrives.
  const record = query.data?.creatorId === creatorId ? query.data : undefined;
  const name = creator?.id === creatorId ? creator.name : '';

  if (query.isError) {
    return (
      <Alert color="red" variant="light" title={t('trackRecord.loadFailed')}>
        {errorText(query.error)}
      </Alert>
    );
  }
  return (
    <Paper withBorder radius="md" p="sm" component="section" aria-label={t('trackRecord.label', { name })} data-testid="track-record" aria-busy={!record}>
      {record ? <RecordBody record={record} name={name} /> : <Loader size="xs" />}
    </Paper>
  );
}

function RecordBody({ record, name }: { record: TrackRecord; name: string }) {
  const { t } = useTranslation(['creators', 'domain', 'campaigns']);
  const { reliability, collaborations } = record;
  return (
    <Stack gap="xs">
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Text size="sm" fw={600}>
          {t('trackRecord.title', { name })}
        </Text>
        <ReliabilityBadge score={reliability.score} facts={reliability} compact />
      </Group>
      {collaborations.total === 0 ? (
        <Text size="sm" c="dimmed" data-testid="track-record-none">
          {t('trackRecord.none', { name })}
        </Text>
      ) : (
        <>
          <Group gap={6} data-testid="track-record-stages">
            <Text size="sm">{t('trackRecord.collaborations', { count: collaborations.total })}</Text>
            {collaborations.byStage.map((s) => (
              <Badge key={s.stage} size="sm" variant="default" radius="sm" style={{ textTransform: 'none' }}>
                {t(`domain:stage.${s.stage}`)} {s.count.toLocaleString(currentIntlTag())}
              </Badge>
            ))}
          </Group>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" verticalSpacing={6}>
            <Fact label={t('trackRecord.reliability')} testId="track-record-reliability">
              {reliabilityText(reliability, say, currentIntlTag())}
            </Fact>
            <Fact label={t('trackRecord.delivery')} testId="track-record-delivery">
              {deliveryWords(record.deadlines)}
            </Fact>
            <Fact label={t('trackRecord.strikes')} testId="track-record-strikes">
              {strikeWords(record.strikes)}
            </Fact>
            <Fact label={t('trackRecord.agreed')} testId="track-record-agreed">
              {record.agreed.length === 0 ? t('trackRecord.agreedNothing') : amountsWords(record.agreed.map((a) => ({ currency: a.currency, minor: a.feeMinor })))}
            </Fact>
            <Fact label={t('trackRecord.paid')} testId="track-record-paid">
              {record.paid.length === 0 ? t('trackRecord.paidNothing') : amountsWords(record.paid.map((p) => ({ currency: p.currency, minor: p.amountMinor })))}
            </Fact>
            <Fact label={t('trackRecord.posts')} testId="track-record-posts">
              {record.performance.measured === 0
                ? t('trackRecord.noPosts')
                : record.performance.belowTarget === 0
                  ? t('trackRecord.noneBelow')
                  : t('trackRecord.belowCount', { below: record.performance.belowTarget, measured: record.performance.measured })}
            </Fact>
          </SimpleGrid>
          {record.performance.collaborations.length > 0 && (
            <Stack gap={2} component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('trackRecord.posts')}>
              {record.performance.collaborations.map((p) => (
                <PostsLine key={p.collaborationId} posts={p} />
              ))}
            </Stack>
          )}
        </>
      )}
      <OwedElsewhere record={record} name={name} />
    </Stack>
  );
}

function Fact({ label, testId, children }: { label: string; testId: string; children: ReactNode }) {
  return (
    <Stack gap={0} style={{ minWidth: 0 }}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" data-testid={testId}>
        {children}
      </Text>
    </Stack>
  );
}

function PostsLine({ posts }: { posts: PostsRecord }) {
  const { t } = useTranslation(['creators', 'campaigns']);
  const words = postWords(posts);
  const [color, verdict] = !posts.hasTargets
    ? ['gray', t('trackRecord.noTargets')]
    : posts.underperforming
      ? ['orange', t('campaigns:verdict.belowTarget')]
      : ['teal', t('campaigns:verdict.onTarget')];
  return (
    <Group component="li" gap="xs" wrap="nowrap" align="baseline" data-testid="track-record-post">
      <Badge size="sm" variant="light" color={color} radius="sm" style={{ flexShrink: 0, textTransform: 'none' }}>
        {verdict}
      </Badge>
      <Text size="sm" style={{ minWidth: 0 }}>
        <Text span size="sm" fw={500}>
          {posts.campaignName ?? t('collaborations.noCampaign')}
        </Text>
        {words && t('campaigns:separator.parts') + words}
      </Text>
    </Group>
  );
}

/** The warning: work still owed in collaborations under way, the late first. */
function OwedElsewhere({ record, name }: { record: TrackRecord; name: string }) {
  const { t } = useTranslation('creators');
  const owed = record.openObligations;
  if (owed.length === 0) return null;
  const late = owed.some((o) => o.status === 'overdue');
  const shown = [...owed].sort((a, b) => b.daysLate - a.daysLate).slice(0, OWED_SHOWN);
  return (
    <Alert color={late ? 'red' : 'yellow'} variant="light" icon={<IconAlertTriangle size={20} />} title={t('trackRecord.owesTitle', { name })} data-testid="track-record-owes">
      <Stack gap={4}>
        <List size="sm" spacing={2}>
          {shown.map((o) => (
            <List.Item key={o.milestoneId} data-testid="track-record-owed">
              {owedWords(o)}
            </List.Item>
          ))}
        </List>
        {owed.length > OWED_SHOWN && (
          <Text size="sm" c="dimmed">
            {t('trackRecord.owedMore', { count: owed.length - OWED_SHOWN })}
          </Text>
        )}
        <Text size="xs">{t('trackRecord.owesHint')}</Text>
      </Stack>
    </Alert>
  );
}
