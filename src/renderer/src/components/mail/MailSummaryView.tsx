import { Alert, Anchor, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MailSummary } from '../../../../shared/mail/schemas';
import { hrefOf } from '../../route';

/** What an import (or a sync, `title`) did, in counts: where mail was logged, what was known already, what waits, what was left out and why. */
export function MailSummaryView({ summary, onCard = false, title }: { summary: MailSummary; onCard?: boolean; title?: string }) {
  const { t } = useTranslation('mail');
  const lines = [
    summary.alreadyLogged > 0 && t('summary.alreadyLogged', { count: summary.alreadyLogged }),
    summary.unassigned > 0 && t('summary.unassigned', { count: summary.unassigned }),
    summary.alreadyWaiting > 0 && t('summary.alreadyWaiting', { count: summary.alreadyWaiting }),
    summary.dismissed > 0 && t('summary.dismissed', { count: summary.dismissed }),
    summary.skipped > 0 && t('summary.skipped', { count: summary.skipped }),
  ].filter((line): line is string => typeof line === 'string');
  const troubled = summary.unreadable.length > 0;
  return (
    <Alert color={troubled ? 'yellow' : 'teal'} title={title ?? t('summary.title')} data-testid="mail-summary">
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t('summary.read', { count: summary.read })}
        </Text>
        {summary.logged.map((l) => (
          <Text size="sm" key={l.collaborationId}>
            {t('summary.logged', { count: l.count, name: l.creatorName })}
            {!onCard && (
              <>
                {' '}
                <Anchor size="sm" href={hrefOf('board', l.collaborationId, 'messages')}>
                  {t('summary.open')}
                </Anchor>
              </>
            )}
          </Text>
        ))}
        {lines.map((line) => (
          <Text size="sm" key={line}>
            {line}
          </Text>
        ))}
        {troubled && (
          <>
            <Text size="sm">{t('summary.unreadable', { count: summary.unreadable.length })}</Text>
            <List size="sm" spacing={2}>
              {summary.unreadable.map((u) => (
                <List.Item key={`${u.file ?? ''}#${u.index}`}>
                  {t('summary.line', {
                    where: u.file === null ? t('summary.given', { index: u.index }) : t('summary.inFile', { file: u.file, index: u.index }),
                    hasSubject: u.subject ? 'yes' : 'no',
                    subject: u.subject,
                    reason: t(`summary.reason.${u.reason}`),
                  })}
                </List.Item>
              ))}
            </List>
          </>
        )}
      </Stack>
    </Alert>
  );
}
