import { PaymentsSection } from './payments/PaymentsSection';
import { ShipmentsSection } from './shipments/ShipmentsSection';
import { Alert, Button, Drawer, Group, Loader, Select, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconEdit } from '@tabler/icons-react';
import { type ReactNode, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CardTab } from '../../../shared/cardTabSchema';
import type { CollaborationDetail } from '../../../shared/schemas';
import { STAGES, type Stage } from '../../../shared/stages';
import { formatDate, formatDateTime, formatMoney } from '../format';
import { useApiQuery, useMoveCard } from '../hooks/queries';
import { navigate, useRoute } from '../route';
import { AccountabilityPanel } from './accountability/AccountabilityPanel';
import { DrawerEscapeHold, PanelModal } from './accountability/PanelModal';
import { RatePrompt } from './accountability/RatePrompt';
import { isRateable } from '../../../shared/rules/stageGroups';
import { isPaid } from '../../../shared/rules/deal';
import { ContractPanel } from './contract/ContractPanel';
import { BriefPanel } from './brief/BriefPanel';
import { EventTimeline } from './EventTimeline';
import { ExternalLink } from './ExternalLink';
import { CollaborationForm } from './forms/CollaborationForm';
import { MessagesPanel } from './outreach/MessagesPanel';
import { PerformancePanel } from './performance/PerformancePanel';
import { errorText } from '../formErrors';

export function CollabDrawer({ id, onClose }: { id: number | null; onClose: () => void }) {
  const { t } = useTranslation('card');
  const detail = useApiQuery('collaborations.get', { id: id ?? 0 }, id !== null);
  const data = detail.data && detail.data.id === id ? detail.data : null;
  // Modals over the drawer hold its Escape, so Escape closes only the modal.
  const [held, setHeld] = useState(0);
  const hold = useCallback((delta: 1 | -1) => setHeld((n) => n + delta), []);
  return (
    <Drawer
      opened={id !== null}
      onClose={onClose}
      closeOnEscape={held === 0}
      // The board puts focus back on the card itself: the card may have been redrawn meanwhile.
      returnFocus={false}
      position="right"
      size="xl"
      title={data ? <Title order={3}>{data.creator.name}</Title> : t('drawer.title')}
    >
      {data ? (
        <DrawerEscapeHold value={hold}>
          <DrawerBody collab={data} />
        </DrawerEscapeHold>
      ) : detail.isError ? (
        <Alert color="red" title={t('drawer.notOpened')}>
          {errorText(detail.error)}
        </Alert>
      ) : (
        <Loader />
      )}
    </Drawer>
  );
}

function DrawerBody({ collab }: { collab: CollaborationDetail }) {
  const { t } = useTranslation(['card', 'domain', 'brief']);
  const stageOptions = STAGES.map((s) => ({ value: s, label: t(`domain:stage.${s}`) }));
  const move = useMoveCard();
  const { tab } = useRoute();
  // The tab lives in the address, so a reminder can open the card straight on its messages.
  const onTab = (to: string | null) => {
    const parsed = CardTab.safeParse(to);
    if (parsed.success) navigate('board', collab.id, parsed.data === 'overview' ? null : parsed.data);
  };
  const [editing, setEditing] = useState(false);
  const onStage = (to: string | null) => {
    if (!to || to === collab.stage) return;
    move.mutate(
      { id: collab.id, from: collab.stage, to: to as Stage },
      {
        onError: (e) => notifications.show({ color: 'red', title: t('drawer.notMoved'), message: errorText(e) }),
        // Right after the work ends is when the brand remembers how it went.
        onSuccess: (moved) => {
          if (!isRateable(moved.stage)) return;
          navigate('board', collab.id, 'accountability');
          notifications.show({ color: 'yellow', title: t('drawer.rateTitle', { name: collab.creator.name }), message: t('drawer.rateMessage') });
        },
      },
    );
  };
  return (
    <Tabs value={tab ?? 'overview'} onChange={onTab} keepMounted={false}>
      <Tabs.List mb="md">
        <Tabs.Tab value="overview">{t('tabs.overview')}</Tabs.Tab>
        <Tabs.Tab value="contract">{t('tabs.contract')}</Tabs.Tab>
        <Tabs.Tab value="brief">{t('brief:title')}</Tabs.Tab>
        <Tabs.Tab value="messages">{t('tabs.messages')}</Tabs.Tab>
        <Tabs.Tab value="performance">{t('tabs.performance')}</Tabs.Tab>
        <Tabs.Tab value="accountability">{t('tabs.accountability')}</Tabs.Tab>
        <Tabs.Tab value="timeline">{t('tabs.timeline')}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="overview">
        <Stack gap="md">
          <Group align="flex-end" justify="space-between">
            <Select label={t('overview.stage')} data={stageOptions} value={collab.stage} onChange={onStage} allowDeselect={false} w={220} />
            <Button variant="default" leftSection={<IconEdit size={16} />} onClick={() => setEditing(true)}>
              {t('overview.edit')}
            </Button>
          </Group>
          <Text size="xs" c="dimmed">
            {t('overview.stageSince', { date: formatDateTime(collab.stageSince) })}
          </Text>
          <RatePrompt collab={collab} />
          <SimpleGrid cols={2} spacing="md" verticalSpacing="sm">
            <Fact label={t('overview.creator')}>
              {collab.creator.name}
              {collab.creator.handles.map((h) => (
                <Text key={`${h.platform}:${h.handle}`} size="xs" c="dimmed">
                  {t(`domain:platform.${h.platform}`)} · {h.handle}
                </Text>
              ))}
              {collab.creator.email && (
                <ExternalLink size="xs" href={`mailto:${collab.creator.email}`}>
                  {collab.creator.email}
                </ExternalLink>
              )}
            </Fact>
            <Fact label={t('overview.campaign')}>{collab.campaign?.name ?? t('overview.noCampaign')}</Fact>
            <Fact label={t('overview.fee')}>{isPaid(collab.feeMinor) ? formatMoney(collab.feeMinor, collab.currency) : t('overview.gifted')}</Fact>
            <Fact label={t('overview.product')}>
              {collab.product || t('overview.notSet')}
              {collab.productValueMinor !== null && (
                <Text size="xs" c="dimmed">
                  {t('overview.worth', { amount: formatMoney(collab.productValueMinor, collab.currency) })}
                </Text>
              )}
            </Fact>
            <Fact label={t('overview.startDate')}>{collab.startDate ? formatDate(collab.startDate) : t('overview.notSet')}</Fact>
            <Fact label={t('overview.publishBy')}>{collab.publishBy ? formatDate(collab.publishBy) : t('overview.notSet')}</Fact>
            <Fact label={t('overview.signed')}>{collab.signedOn ? formatDate(collab.signedOn) : t('overview.notYet')}</Fact>
            <Fact label={t('overview.productReceived')}>{collab.productReceivedOn ? formatDate(collab.productReceivedOn) : t('overview.notYet')}</Fact>
          </SimpleGrid>
          {collab.notes && (
            <Fact label={t('overview.notes')}>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {collab.notes}
              </Text>
            </Fact>
          )}
          <ShipmentsSection collab={collab} />
          <PaymentsSection collab={collab} />
        </Stack>
      </Tabs.Panel>
      <Tabs.Panel value="contract">
        <ContractPanel collab={collab} />
      </Tabs.Panel>
      <Tabs.Panel value="brief">
        <BriefPanel collab={collab} />
      </Tabs.Panel>
      <Tabs.Panel value="messages">
        <MessagesPanel collab={collab} />
      </Tabs.Panel>
      <Tabs.Panel value="performance">
        <PerformancePanel collab={collab} />
      </Tabs.Panel>
      <Tabs.Panel value="accountability">
        <AccountabilityPanel collab={collab} />
      </Tabs.Panel>
      <Tabs.Panel value="timeline">
        <EventTimeline collaborationId={collab.id} />
      </Tabs.Panel>
      <PanelModal opened={editing} onClose={() => setEditing(false)} title={t('drawer.editTitle')} size="lg">
        <CollaborationForm collaboration={collab} onDone={() => setEditing(false)} />
      </PanelModal>
    </Tabs>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </Stack>
  );
}
