import { Alert, Button, Group, List, Loader, SimpleGrid, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BriefState } from '../../../../shared/brief/apiSchemas';
import { briefWarnings } from '../../../../shared/brief/check';
import { EMPTY_BRIEF, effectiveBrief, keptOverride } from '../../../../shared/brief/merge';
import { type BriefContent, type BriefField, BriefOverride } from '../../../../shared/brief/schemas';
import { basisWords } from '../../../../shared/deadlines/basis';
import { deadlineName } from '../../../../shared/deadlines/names';
import type { CollaborationDetail } from '../../../../shared/schemas';
import { applyApiError, errorText, validateWith } from '../../formErrors';
import { formatDate } from '../../format';
import { useApiMutation, useApiQuery } from '../../hooks/queries';
import { say } from '../../i18n';
import { UnsavedGuard } from '../UnsavedGuard';
import { BriefDocumentActions } from './BriefDocumentActions';
import { BriefWarnings } from './BriefWarnings';
import { BriefFieldInput, errorOf, FIELD_ROWS } from './fields';
import { withinInput } from './paths';

/** The card's Brief tab: what this creator gets, each field from the campaign or changed for them, checked before it is sent. */
export function BriefPanel({ collab }: { collab: CollaborationDetail }) {
  const state = useApiQuery('briefs.get', { collaborationId: collab.id });
  if (state.isError) return <Alert color="red">{errorText(state.error)}</Alert>;
  if (!state.data || state.data.collaborationId !== collab.id) return <Loader />;
  // What is stored decides what the editor starts from; a save elsewhere starts it again.
  return <Editor key={JSON.stringify([state.data.campaign, state.data.override])} state={state.data} collab={collab} />;
}

function Editor({ state, collab }: { state: BriefState; collab: CollaborationDetail }) {
  const { t } = useTranslation('brief');
  const creator = collab.creator.name;
  const base = state.campaign ?? EMPTY_BRIEF;
  // Without a campaign every field is the collaboration's own.
  const onlyOwn = state.campaign === null;
  const [own, setOwn] = useState<ReadonlySet<BriefField>>(new Set(state.overridden));
  const [values, setValues] = useState<BriefContent>(state.effective);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const save = useApiMutation('briefs.save');

  const override: BriefOverride = onlyOwn ? values : Object.fromEntries([...own].map((f) => [f, values[f]]));
  const dirty = JSON.stringify(keptOverride(state.campaign, override)) !== JSON.stringify(keptOverride(state.campaign, state.override ?? {}));
  const warnings = briefWarnings(effectiveBrief(state.campaign, override), { dates: state.dates, creatorRegion: state.creatorRegion });

  const setOwnField = (field: BriefField, on: boolean) => {
    const next = new Set(own);
    if (on) next.add(field);
    else {
      next.delete(field);
      // Back to the campaign's: what was typed for this creator goes.
      setValues((v) => ({ ...v, [field]: base[field] }));
    }
    setOwn(next);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const found = validateWith(BriefOverride, (o: BriefOverride) => o)(override);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      await save.mutateAsync({ collaborationId: collab.id, override });
      notifications.show({ color: 'teal', message: t('panel.saved') });
    } catch (e) {
      setFailure(applyApiError(e, (apiErrors) => setErrors(withinInput(apiErrors, 'override'))));
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="brief-panel">
      <UnsavedGuard dirty={dirty} />
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {onlyOwn ? t('panel.noCampaign') : t('panel.intro', { creator })}
        </Text>
        <BriefWarnings warnings={warnings} />
        <BriefDocumentActions collaborationId={collab.id} creatorLanguage={state.language ?? 'en'} unsaved={dirty} />
        <Dates state={state} />
        <Materials state={state} />
        {FIELD_ROWS.map((row) => (
          <SimpleGrid key={row.join()} cols={row.length}>
            {row.map((field) => {
              const isOwn = onlyOwn || own.has(field);
              return (
                <Stack key={field} gap={4}>
                  <BriefFieldInput field={field} value={values[field]} disabled={!isOwn} error={errorOf(errors, field)} onChange={(value) => setValues((v) => ({ ...v, [field]: value }))} />
                  {!onlyOwn && (
                    <Switch
                      size="xs"
                      checked={isOwn}
                      onChange={(e) => setOwnField(field, e.currentTarget.checked)}
                      label={t('panel.own', { creator })}
                      description={isOwn ? undefined : t('panel.fromCampaign')}
                      data-own={field}
                    />
                  )}
                </Stack>
              );
            })}
          </SimpleGrid>
        ))}
        {failure && (
          <Alert color="red" variant="light" title={t('panel.notSaved')}>
            {failure}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending} disabled={!dirty}>
            {t('panel.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Dates({ state }: { state: BriefState }) {
  const { t } = useTranslation('brief');
  const dates = state.dates ?? [];
  return (
    <Stack gap={4}>
      <Title order={5}>{t('panel.dates')}</Title>
      <Text size="xs" c="dimmed">
        {t('panel.datesHint')}
      </Text>
      {dates.length === 0 ? (
        <Text size="sm">{t('panel.noDates')}</Text>
      ) : (
        <Table fz="sm" verticalSpacing={4} aria-label={t('panel.dates')}>
          <Table.Tbody>
            {dates.map((d) => (
              <Table.Tr key={d.key}>
                <Table.Td>{deadlineName(d, say)}</Table.Td>
                <Table.Td>{d.dueDate === null ? basisWords(d.basis, say, formatDate) : formatDate(d.dueDate)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

function Materials({ state }: { state: BriefState }) {
  const { t } = useTranslation('brief');
  return (
    <Stack gap={4}>
      <Title order={5}>{t('panel.materials')}</Title>
      {state.materials.length === 0 ? (
        <Text size="sm">{t('panel.noMaterials')}</Text>
      ) : (
        <List size="sm">
          {state.materials.map((m) => (
            <List.Item key={m.id}>{t('doc.materialLine', { name: m.name, kind: m.kind })}</List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
