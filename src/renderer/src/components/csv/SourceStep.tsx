import { Button, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS } from '../../../../shared/csv/fields';
import { csvExample } from '../../../../shared/csv/examples';
import { say } from '../../i18n';
import type { ImportKind } from '../../../../shared/csv/schemas';
import { CampaignSelect } from './CampaignSelect';
import { CsvDropZone } from './CsvDropZone';
import { useFieldLabels } from './fieldLabels';

export interface CsvSource {
  /** Pasted text; empty when a file was chosen. */
  csv: string;
  /** The chosen file's bytes, base64-encoded; null when the text was pasted. */
  base64: string | null;
  /** Null when the text was pasted. */
  fileName: string | null;
}

export interface SourceErrors {
  kind?: string;
  csv?: string;
}

interface Props {
  kind: ImportKind | null;
  onKind: (kind: ImportKind) => void;
  campaignId: number | null;
  onCampaign: (campaignId: number | null) => void;
  source: CsvSource;
  onSource: (source: CsvSource) => void;
  errors: SourceErrors;
  onNext: () => void;
  /** The file is being read for step 2. */
  reading: boolean;
}


/** Step 1: what the file holds, which campaign its numbers belong to, and the file itself. */
export function SourceStep({ kind, onKind, campaignId, onCampaign, source, onSource, errors, onNext, reading }: Props) {
  const { t } = useTranslation('importExport');
  const labels = useFieldLabels();
  const fieldList = (of: ImportKind) =>
    IMPORT_FIELDS[of].map((f) => (f.required ? t('source.required', { label: labels.label(f) }) : labels.label(f))).join(' · ');
  const example = csvExample(kind ?? 'metrics', say);
  return (
    <Stack gap="md">
      <Radio.Group label={t('source.kindLabel')} value={kind} onChange={(v) => onKind(v as ImportKind)} error={errors.kind} withAsterisk>
        <Group mt={6} gap="xl" align="flex-start">
          <Radio value="creators" label={t('source.kind.creators')} description={t('source.kindHint.creators')} />
          <Radio value="metrics" label={t('source.kind.metrics')} description={t('source.kindHint.metrics')} />
          <Radio value="orders" label={t('source.kind.orders')} description={t('source.kindHint.orders')} />
        </Group>
      </Radio.Group>

      {kind === 'metrics' && (
        <CampaignSelect
          label={t('source.campaignLabel')}
          description={t('source.campaignHint')}
          placeholder={t('source.campaignPlaceholder')}
          value={campaignId}
          onChange={onCampaign}
        />
      )}

      <CsvDropZone fileName={source.fileName} onLoad={(fileName, base64) => onSource({ csv: '', base64, fileName })} error={errors.csv} />
      <Textarea
        label={t('source.paste')}
        placeholder={example}
        value={source.fileName ? '' : source.csv}
        onChange={(e) => onSource({ csv: e.currentTarget.value, base64: null, fileName: null })}
        autosize
        minRows={3}
        maxRows={10}
        spellCheck={false}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 'var(--mantine-font-size-xs)' } }}
      />
      {kind && (
        <Text size="xs" c="dimmed">
          {t('source.fieldsNote', { kind, fields: fieldList(kind) })}
        </Text>
      )}

      <Group justify="flex-end">
        <Button rightSection={<IconArrowRight size={16} />} onClick={onNext} loading={reading}>
          {t('source.next')}
        </Button>
      </Group>
    </Stack>
  );
}
