import { Alert, Loader, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BriefState } from '../../../../shared/brief/apiSchemas';
import { briefWarnings } from '../../../../shared/brief/check';
import { BriefContent } from '../../../../shared/brief/schemas';
import { applyApiError, errorText, validateWith } from '../../formErrors';
import { useApiMutation, useApiQuery } from '../../hooks/queries';
import { FormActions } from '../forms/FormActions';
import { UnsavedGuard } from '../UnsavedGuard';
import { BriefWarnings } from './BriefWarnings';
import { BriefFieldInput, errorOf, FIELD_ROWS } from './fields';
import { withinInput } from './paths';

/** The campaign's brief, which every creator in it gets (each card may change fields for its creator). */
export function CampaignBriefForm({ campaignId, onDone }: { campaignId: number; onDone: () => void }) {
  const state = useApiQuery('briefs.get', { campaignId });
  if (state.isError) return <Alert color="red">{errorText(state.error)}</Alert>;
  if (!state.data || state.data.campaignId !== campaignId) return <Loader />;
  return <Editor state={state.data} campaignId={campaignId} onDone={onDone} />;
}

function Editor({ state, campaignId, onDone }: { state: BriefState; campaignId: number; onDone: () => void }) {
  const { t } = useTranslation('brief');
  const saved = state.campaign ?? state.effective;
  const [values, setValues] = useState<BriefContent>(saved);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const save = useApiMutation('briefs.save');
  const dirty = JSON.stringify(values) !== JSON.stringify(saved);
  // A campaign has no creator and so no dates: those are checked on each card's brief.
  const warnings = briefWarnings(values, { dates: null, creatorRegion: null });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const found = validateWith(BriefContent, (v: BriefContent) => v)(values);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      await save.mutateAsync({ campaignId, content: values });
      notifications.show({ color: 'teal', message: t('campaign.saved') });
      onDone();
    } catch (e) {
      setFailure(applyApiError(e, (apiErrors) => setErrors(withinInput(apiErrors, 'content'))));
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="campaign-brief">
      <UnsavedGuard dirty={dirty} />
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('campaign.intro')}
        </Text>
        <BriefWarnings warnings={warnings} />
        {FIELD_ROWS.map((row) => (
          <SimpleGrid key={row.join()} cols={row.length}>
            {row.map((field) => (
              <BriefFieldInput key={field} field={field} value={values[field]} error={errorOf(errors, field)} onChange={(value) => setValues((v) => ({ ...v, [field]: value }))} />
            ))}
          </SimpleGrid>
        ))}
        <FormActions saving={save.isPending} error={failure} onCancel={onDone} label={t('campaign.save')} />
      </Stack>
    </form>
  );
}
