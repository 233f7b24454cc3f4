import { Alert, Divider, Loader, Stack, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollaborationDetail } from '../../../../shared/schemas';
import { useApiQuery } from '../../hooks/queries';
import { CommunicationLog } from './CommunicationLog';
import { CardMailDrop } from '../mail/CardMailDrop';
import { ComposerFields } from './ComposerFields';
import { MessagePreview } from './MessagePreview';
import { SendActions } from './SendActions';
import { builtInOfKind } from './startWith';
import { dropFollowUp, useRoute } from '../../route';
import { SuggestionCard } from './SuggestionCard';
import { type ComposerState, useComposer } from './useComposer';
import { KitAttachments } from '../materials/KitAttachments';
import { Outbox } from '../mail/Outbox';

/** The support offer sends the campaign's kit along, and so does any message that lists it. */
const offersKit = (composer: ComposerState) =>
  composer.composed?.kind === 'support_offer' || [...composer.segments.subject, ...composer.segments.body].some((s) => 'variable' in s && s.variable === 'materials');

/** The drawer's Messages tab: what to send next, the composer with its preview, and the log of what was said. */
export function MessagesPanel({ collab }: { collab: CollaborationDetail }) {
  const { t } = useTranslation('templates');
  const suggestion = useApiQuery('outreach.suggest', { collaborationId: collab.id });
  const templates = useApiQuery('outreach.templates', {});
  const events = useApiQuery('events.list', { collaborationId: collab.id });
  const composer = useComposer(collab.id, templates.data ?? [], suggestion.data?.language ?? 'en');
  const ready = suggestion.data !== undefined && templates.data !== undefined;
  // A follow-up in the address (a reminder, a remedial step) opens the composer on its message, once.
  const route = useRoute();
  const followUp = route.id === collab.id ? route.followUp : null;
  useEffect(() => {
    if (!ready || !followUp) return;
    const start = builtInOfKind(followUp.template, templates.data ?? [], suggestion.data?.language ?? 'en');
    if (start) composer.load(start.id, start.language, followUp.milestoneId);
    dropFollowUp(route);
  }, [ready, collab.id, followUp?.template, followUp?.milestoneId]);

  const failed = suggestion.error ?? templates.error;
  if (failed) return <Alert color="red" title={t('composer.loadFailed')}>{failed.message}</Alert>;
  if (!suggestion.data || !templates.data) return <Loader />;

  return (
    <Stack gap="md">
      <SuggestionCard suggestion={suggestion.data} onWrite={(id) => composer.load(id, suggestion.data.language)} />
      <Stack gap="sm" component="section" aria-labelledby="composer-title">
        <Title order={5} id="composer-title">
          {t('composer.title')}
        </Title>
        <ComposerFields composer={composer} templates={templates.data} />
        <MessagePreview subject={composer.segments.subject} body={composer.segments.body} gaps={composer.gaps} />
        {offersKit(composer) && <KitAttachments campaignId={collab.campaign?.id ?? null} />}
        <SendActions
          collaborationId={collab.id}
          campaignId={collab.campaign?.id ?? null}
          composer={composer}
          email={composer.composed?.email ?? collab.creator.email}
          kitOffered={offersKit(composer)}
        />
      </Stack>
      <Divider />
      <CardMailDrop collaborationId={collab.id} />
      <Outbox collaborationId={collab.id} />
      <CommunicationLog collaborationId={collab.id} events={events.data ?? []} />
    </Stack>
  );
}
