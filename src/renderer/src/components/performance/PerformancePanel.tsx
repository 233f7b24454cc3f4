import { Alert, Button, Group, Loader, Stack, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Deliverable } from '../../../../shared/metrics/schemas';
import type { CollaborationDetail } from '../../../../shared/schemas';
import { useApiQuery } from '../../hooks/queries';
import { PanelModal } from '../accountability/PanelModal';
import { AddNumbersForm } from './AddNumbersForm';
import { AddPostForm } from './AddPostForm';
import { OwnTargets } from './OwnTargets';
import { PostList, postName } from './PostList';
import { RemedialPlanView } from './RemedialPlanView';
import { StatGrid } from './StatGrid';
import { VerdictAlert } from './VerdictAlert';

/** A collaboration's posts and numbers, how they compare with its part of the campaign's targets (or its own), and what to do when they fall short. */
export function PerformancePanel({ collab }: { collab: CollaborationDetail }) {
  const { t } = useTranslation(['campaigns', 'domain']);
  const postsTitle = useId();
  const posts = useApiQuery('deliverables.list', { collaborationId: collab.id });
  const perf = useApiQuery('metrics.performance', { collaborationId: collab.id });
  const plan = useApiQuery('remedial.plan', { collaborationId: collab.id });
  const [adding, setAdding] = useState(false);
  const [numbersFor, setNumbersFor] = useState<Deliverable | null>(null);
  const planRef = useRef<HTMLDivElement>(null);

  const failed = posts.error ?? perf.error ?? plan.error;
  if (failed) return <Alert color="red" title={t('performance.loadFailed')}>{failed.message}</Alert>;
  if (!posts.data || !perf.data || !plan.data) return <Loader size="sm" />;

  const { performance, verdict, share } = perf.data;
  // Until a post says what it cost, the fee is what the brand paid for the posts.
  const feeIsCost = performance.costMinor !== null && posts.data.every((d) => d.latest?.costMinor == null);
  const showPlan = verdict.underperforming || plan.data.steps.some((s) => s.doneAt !== null);
  return (
    <Stack gap="md">
      <VerdictAlert
        verdict={verdict}
        campaign={collab.campaign}
        own={collab.targets}
        currency={collab.currency}
        nextStep={verdict.underperforming && plan.data.next ? t(`remedial.step.${plan.data.next}.title`) : undefined}
        onShowPlan={() => planRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' })}
      />
      {collab.campaign && <OwnTargets collab={{ ...collab, campaign: collab.campaign }} share={share} />}
      <StatGrid performance={performance} currency={collab.currency} feeIsCost={feeIsCost} />
      <Stack gap="xs" component="section" aria-labelledby={postsTitle}>
        <Group justify="space-between">
          <Title order={5} id={postsTitle}>
            {t('performance.posts')}
          </Title>
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setAdding(true)}>
            {t('performance.addPost')}
          </Button>
        </Group>
        <PostList posts={posts.data} currency={collab.currency} onAddNumbers={setNumbersFor} />
      </Stack>
      {showPlan && (
        <div ref={planRef}>
          <RemedialPlanView plan={plan.data} underperforming={verdict.underperforming} />
        </div>
      )}
      <PanelModal opened={adding} onClose={() => setAdding(false)} title={t('performance.addPostTitle')}>
        <AddPostForm collaborationId={collab.id} platform={collab.creator.handles[0]?.platform ?? 'instagram'} onDone={() => setAdding(false)} />
      </PanelModal>
      <PanelModal opened={numbersFor !== null} onClose={() => setNumbersFor(null)} title={numbersFor ? t('performance.addNumbersFor', { post: postName(t, numbersFor) }) : t('performance.addNumbers')} size="lg">
        {numbersFor && <AddNumbersForm key={numbersFor.id} deliverableId={numbersFor.id} postName={postName(t, numbersFor)} currency={collab.currency} onDone={() => setNumbersFor(null)} />}
      </PanelModal>
    </Stack>
  );
}
