import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { MailProblem, MailTestResult } from '../../../../../shared/mail/mailboxSchemas';
import { imapWords, smtpWords } from './mailboxWords';

type Certificate = NonNullable<Extract<MailProblem, { code: 'certificate' }>['certificate']>;

/** The certificate a side refused, when the brand may choose to trust it (not when it is the one trusted already). */
function refusedCertificate(check: MailTestResult['imap'] | MailTestResult['smtp'], trusted: string | null): Certificate | null {
  if (check.ok || check.problem.code !== 'certificate' || !check.problem.certificate) return null;
  return check.problem.certificate.sha256 === trusted ? null : check.problem.certificate;
}

/** Each side's answer in words; a refused certificate with its fingerprint, and a way to trust it. */
export function MailTestResults({ result, trusted, onTrust }: { result: MailTestResult; trusted: string | null; onTrust: (sha256: string) => void }) {
  const { t } = useTranslation('mailbox');
  const sides = [
    { key: 'imap', title: t('field.imap'), check: result.imap, lines: imapWords(result.imap, result) },
    { key: 'smtp', title: t('field.smtp'), check: result.smtp, lines: smtpWords(result.smtp, result) },
  ] as const;
  return (
    <Stack gap="xs" aria-live="polite">
      {sides.map(({ key, title, check, lines }) => {
        const certificate = refusedCertificate(check, trusted);
        return (
          <Alert
            key={key}
            color={check.ok ? 'teal' : 'red'}
            title={title}
            icon={check.ok ? <IconCircleCheck size={18} /> : <IconAlertTriangle size={18} />}
            data-testid={`mail-test-${key}`}
          >
            <Stack gap={4}>
              {lines.map((line) => (
                <Text key={line} size="sm">
                  {line}
                </Text>
              ))}
              {certificate && (
                <>
                  <Text size="sm">{t('result.issuedTo', { subject: certificate.subject })}</Text>
                  <Text size="sm" ff="monospace" style={{ wordBreak: 'break-all' }}>
                    {t('trusted.fingerprint', { sha256: certificate.sha256 })}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {t('result.trustOnly')}
                  </Text>
                  <Button size="xs" variant="light" color="orange" w="fit-content" onClick={() => onTrust(certificate.sha256)}>
                    {t('action.trust')}
                  </Button>
                </>
              )}
            </Stack>
          </Alert>
        );
      })}
    </Stack>
  );
}
