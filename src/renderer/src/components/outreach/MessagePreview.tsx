import { Mark, Paper, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Segment } from '../../../../shared/outreach/fill';

const filledStyle = { background: 'var(--mantine-color-indigo-light)', color: 'inherit', borderRadius: 3, padding: '0 2px' };
const gapStyle = {
  background: 'var(--mantine-color-orange-light)',
  color: 'var(--mantine-color-red-light-color)',
  outline: '1px dashed var(--mantine-color-orange-6)',
  borderRadius: 3,
  padding: '0 2px',
  fontWeight: 600,
};

/** One piece of the message. Text stays text: nothing a template or a creator wrote is parsed as markup. */
function Piece({ segment }: { segment: Segment }) {
  const { t } = useTranslation('templates');
  if ('text' in segment) return segment.text;
  if ('variable' in segment && segment.value !== null) {
    return (
      <Mark style={filledStyle} title={t('preview.filledFrom', { placeholder: `{${segment.variable}}` })} data-variable={segment.variable}>
        {segment.value}
      </Mark>
    );
  }
  const name = 'variable' in segment ? segment.variable : segment.unknown;
  return (
    <Mark style={gapStyle} title={'variable' in segment ? t('preview.noValue') : t('preview.unknown')} data-missing={name}>
      {`{${name}}`}
    </Mark>
  );
}

const pieces = (segments: Segment[]) => segments.map((s, i) => <Piece key={i} segment={s} />);

/** The message as the creator will read it, with filled values marked lightly and gaps loudly. */
export function MessagePreview({ subject, body, gaps }: { subject: Segment[]; body: Segment[]; gaps: string[] }) {
  const { t } = useTranslation('templates');
  const empty = subject.length === 0 && body.length === 0;
  return (
    <Stack gap={6} component="section" aria-labelledby="message-preview-title">
      <Text size="sm" fw={600} id="message-preview-title">
        {t('preview.title')}
      </Text>
      <Paper withBorder p="md" radius="md" bg="var(--mantine-color-body)" data-testid="message-preview">
        {empty ? (
          <Text size="sm" c="dimmed">
            {t('preview.empty')}
          </Text>
        ) : (
          <Stack gap="xs">
            {subject.length > 0 && (
              <Text size="sm" fw={600}>
                {pieces(subject)}
              </Text>
            )}
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {pieces(body)}
            </Text>
          </Stack>
        )}
      </Paper>
      {gaps.length > 0 && (
        <Text size="sm" c="orange.8" data-testid="missing-values" style={{ display: 'flex', gap: 6, alignItems: 'flex-start' }}>
          <IconAlertTriangle size={16} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
          <span>{t('preview.missing', { count: gaps.length, names: gaps.join(t('preview.separator')) })}</span>
        </Text>
      )}
    </Stack>
  );
}
