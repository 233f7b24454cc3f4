import { Center, Loader, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Creator } from '../../../../shared/schemas';
import { useApiQuery } from '../../hooks/queries';
import { CreatorCollaborations } from './CreatorCollaborations';
import { RatingList } from './RatingList';
import { ReliabilitySummary } from './ReliabilitySummary';
import { StandingPanel } from './StandingPanel';
import { StrikeHistory } from './StrikeHistory';

/** What a brand weighs before working with a creator again: score, standing, strikes, ratings. */
export function CreatorRecord({ creator }: { creator: Creator }) {
  const { t } = useTranslation('creators');
  const reliability = useApiQuery('reliability.get', { creatorId: creator.id }).data;
  const standing = useApiQuery('influencers.standing', { id: creator.id }).data;
  const strikes = useApiQuery('strikes.list', { creatorId: creator.id }).data;
  const ratings = useApiQuery('ratings.list', { creatorId: creator.id }).data;
  if (!reliability || !standing || !strikes || !ratings) {
    return (
      <Center py="xl">
        <Loader size="sm" />
      </Center>
    );
  }
  return (
    <Stack gap="lg">
      <Section title={t('record.reliability')}>
        <ReliabilitySummary reliability={reliability} />
      </Section>
      <Section title={t('record.collaborations')}>
        <CreatorCollaborations creatorId={creator.id} />
      </Section>
      <Section title={t('record.standing')}>
        <StandingPanel name={creator.name} standing={standing} />
      </Section>
      <Section title={t('record.strikesCount', { count: strikes.length })} label={t('record.strikes')}>
        <StrikeHistory strikes={strikes} />
      </Section>
      <Section title={t('record.ratingsCount', { count: ratings.length })} label={t('record.ratings')}>
        <RatingList ratings={ratings} />
      </Section>
    </Stack>
  );
}

function Section({ title, label = title, children }: { title: string; label?: string; children: ReactNode }) {
  return (
    <Stack gap="xs" component="section" aria-label={label}>
      <Title order={5}>{title}</Title>
      {children}
    </Stack>
  );
}
