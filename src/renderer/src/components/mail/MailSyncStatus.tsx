import { Alert, Anchor, Button, Group, Loader, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MailStatus } from '../../../../shared/mail/sync';
import { appNow } from '../../clock';
import { formatDateTime } from '../../format';
import { errorText } from '../../formErrors';
import { useApiMutation, useApiQuery } from '../../hooks/queries';
import { hrefOf, MAILBOX_SETTINGS_HREF } from '../../route';
import { MailSummaryView } from './MailSummaryView';
import { folderWords, lastSyncWords, nextSyncWords, progressPercent, progressWords, syncProblemWords } from './syncWords';

/** While a sync runs its bar moves; about once a second is smooth enough and light for the app. */
const WHILE_SYNCING_MS = 1_000;
/** Otherwise often enough that "next sync in 4 minutes" stays true and a background sync is seen to start. */
const WHILE_CONNECTED_MS = 60_000;

/**
 * How the mailbox sync is doing: when it last ran and runs next, the folders it reads, the mail
 * waiting to be placed, the last problem in words, a first sync's progress, and "Sync now" with
 * what it took in. `linkToWaiting` links the waiting mail to the Mailbox page, where it is placed.
 */
export function MailSyncStatus({ linkToWaiting = false }: { linkToWaiting?: boolean }) {
  const { t } = useTranslation('mailbox');
  const titleId = useId();
  const sync = useApiMutation('mail.sync');
  const status = useApiQuery('mail.status', {}, true, {
    refetchInterval: (answer) => (answer?.syncing || sync.isPending ? WHILE_SYNCING_MS : answer?.connected ? WHILE_CONNECTED_MS : false),
  });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId} data-testid="mail-sync-status">
      <Stack gap="xs">
        <Title order={4} id={titleId}>
          {t('sync.title')}
        </Title>
        {status.error ? (
          <Alert color="red" role="alert">
            {errorText(status.error)}
          </Alert>
        ) : !status.data ? (
          <Loader size="sm" />
        ) : status.data.connected ? (
          <Connected status={status.data} sync={sync} linkToWaiting={linkToWaiting} />
        ) : (
          <>
            <Text size="sm">{t('sync.notConnected')}</Text>
            <Group>
              <Button component="a" href={MAILBOX_SETTINGS_HREF} variant="light" size="xs">
                {t('sync.connect')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  );
}

type SyncMutation = ReturnType<typeof useApiMutation<'mail.sync'>>;

function Connected({ status, sync, linkToWaiting }: { status: MailStatus; sync: SyncMutation; linkToWaiting: boolean }) {
  const { t } = useTranslation('mailbox');
  // The problem's words name the server it tried; a sync only signs in to the incoming one.
  const account = useApiQuery('mail.settings.get', {}).data?.account ?? null;
  const now = appNow();
  const outcome = sync.isPending ? undefined : sync.data;
  const problemLines = (problem: NonNullable<MailStatus['lastProblem']>['problem']) =>
    (account ? syncProblemWords(problem, account) : []).map((line) => (
      <Text size="sm" key={line}>
        {line}
      </Text>
    ));
  return (
    <>
      <Text size="sm" data-testid="mail-last-sync">
        {lastSyncWords(status.lastSyncAt, now)}
      </Text>
      {status.nextSyncAt && (
        <Text size="sm" c="dimmed">
          {nextSyncWords(status.nextSyncAt, now)}
        </Text>
      )}
      {status.folders.map((folder) => (
        <Text size="sm" key={folder.role}>
          {folderWords(folder)}
        </Text>
      ))}
      {status.lastSyncAt && !status.folders.some((folder) => folder.role === 'sent') && (
        <Text size="sm" c="dimmed">
          {t('sync.folder.noSent')}
        </Text>
      )}
      {status.unassigned > 0 && (
        <Text size="sm">
          {t('sync.unassigned', { count: status.unassigned })}
          {linkToWaiting && (
            <>
              {' '}
              <Anchor size="sm" href={hrefOf('mailbox')}>
                {t('sync.placeThem')}
              </Anchor>
            </>
          )}
        </Text>
      )}
      {status.syncing &&
        (status.progress ? (
          <Stack gap={4}>
            <Progress value={progressPercent(status.progress)} aria-label={t('sync.progress.label')} striped animated />
            <Text size="xs" c="dimmed">
              {progressWords(status.progress)}
            </Text>
          </Stack>
        ) : (
          <Group gap="xs">
            <Loader size="xs" />
            <Text size="sm">{t('sync.syncing')}</Text>
          </Group>
        ))}
      {/* A failed "Sync now" says its problem below; the same one is not said twice. */}
      {status.lastProblem && outcome?.ok !== false && (
        <Alert color="red" title={t('sync.problem', { at: formatDateTime(status.lastProblem.at) })} data-testid="mail-sync-problem">
          <Stack gap={2}>{problemLines(status.lastProblem.problem)}</Stack>
        </Alert>
      )}
      <Group>
        <Button variant="light" leftSection={<IconRefresh size={16} />} loading={sync.isPending} onClick={() => sync.mutate({})}>
          {t('sync.now')}
        </Button>
      </Group>
      {sync.error && !sync.isPending && (
        <Alert color="red" role="alert" title={t('sync.failed')}>
          {errorText(sync.error)}
        </Alert>
      )}
      {outcome &&
        (outcome.ok ? (
          <MailSummaryView summary={outcome.result.summary} title={t('sync.result')} />
        ) : (
          <Alert color="red" role="alert" title={t('sync.failed')} data-testid="mail-sync-failed">
            <Stack gap={2}>{problemLines(outcome.problem)}</Stack>
          </Alert>
        ))}
    </>
  );
}
