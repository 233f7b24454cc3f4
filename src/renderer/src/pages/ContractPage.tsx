import { Accordion, Alert, Anchor, Badge, Button, Grid, Group, List, Loader, Modal, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconArrowLeft, IconPrinter } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { renderContract } from '../../../shared/contract/render';
import type { ContractState } from '../../../shared/contract/schemas';
import { ContractTerms, PRESETS, type PresetId } from '../../../shared/contract/terms';
import { type ContractWarning, draftWarnings } from '../../../shared/contract/warnings';
import { warningText } from '../components/contract/warningText';
import type { CollaborationDetail, Settings } from '../../../shared/schemas';
import { call } from '../api';
import { printContract } from '../components/contract/ContractPanel';
import { DocxButton } from '../components/contract/DocxButton';
import { BriefSection } from '../components/contract/builder/BriefSection';
import { MilestonesSection } from '../components/contract/builder/MilestonesSection';
import { LanguageSection } from '../components/contract/builder/LanguageSection';
import { PartiesSection } from '../components/contract/builder/PartiesSection';
import { LateDeliverySection, LegalSection, ProtectionSection, ReviewSection, UsageSection } from '../components/contract/builder/TermsSections';
import type { TermsForm } from '../components/contract/builder/types';
import { errorText, validateWith } from '../formErrors';
import { useApiMutation, useApiQuery } from '../hooks/queries';
import { useFormSubmit } from '../hooks/useFormSubmit';
import { printHtml } from '../print';
import { hrefOf, useRoute } from '../route';
import { i18n } from '../i18n';
import { appNow } from '../clock';
import { UnsavedGuard } from '../components/UnsavedGuard';

const SECTIONS = [
  { value: 'language', Section: LanguageSection, warn: [] },
  { value: 'parties', Section: PartiesSection, warn: ['fee'] },
  { value: 'brief', Section: BriefSection, warn: ['brief'] },
  { value: 'milestones', Section: MilestonesSection, warn: ['milestones'] },
  { value: 'review', Section: ReviewSection, warn: ['review'] },
  { value: 'lateDelivery', Section: LateDeliverySection, warn: ['lateDelivery'] },
  { value: 'usage', Section: UsageSection, warn: ['usage'] },
  { value: 'protection', Section: ProtectionSection, warn: [] },
  { value: 'legal', Section: LegalSection, warn: [] },
] as const;

/** Server issues name `terms.…`; the form names the same fields without the prefix. */
const withoutTermsPrefix = (errors: Record<string, string>) =>
  Object.fromEntries(Object.entries(errors).map(([k, v]) => [k.replace(/^terms\./, ''), v]));

export function ContractPage() {
  const { id } = useRoute();
  const collab = useApiQuery('collaborations.get', { id: id ?? 0 }, id !== null);
  const contract = useApiQuery('contracts.get', { collaborationId: id ?? 0 }, id !== null);
  const settings = useApiQuery('settings.get', {});
  const { t } = useTranslation('contract');
  if (id === null) return <Alert color="red">{t('page.noCollaboration')}</Alert>;
  const failure = collab.error ?? contract.error;
  if (failure) return <Alert color="red" title={t('page.notOpened')}>{errorText(failure)}</Alert>;
  if (!collab.data || !contract.data || !settings.data || collab.data.id !== id) return <Loader />;
  // Remount with fresh terms whenever another version is saved elsewhere.
  return <Builder key={`${id}:${contract.data.savedAt ?? 'new'}`} collab={collab.data} contract={contract.data} settings={settings.data} />;
}

function Builder({ collab, contract, settings }: { collab: CollaborationDetail; contract: ContractState; settings: Settings }) {
  const { t } = useTranslation('contract');
  const form: TermsForm = useForm<ContractTerms>({ initialValues: contract.terms, validate: validateWith(ContractTerms, (v) => v), validateInputOnBlur: true });
  const save = useApiMutation('contracts.save');
  const finalize = useApiMutation('contracts.finalize');
  const [confirming, setConfirming] = useState(false);
  const [debounced] = useDebouncedValue(form.values, 250);
  const preview = useMemo(() => safeRender(debounced, settings.paper), [debounced, settings.paper]);
  const warnings = useMemo(() => warningsOf(debounced, contract, collab, settings), [debounced, contract, collab, settings]);
  const nextVersion = (contract.versions.at(-1)?.version ?? 0) + 1;

  const { submit, error } = useFormSubmit(
    form,
    (terms) => save.mutateAsync({ collaborationId: collab.id, terms }),
    () => notifications.show({ color: 'teal', message: t('page.draftSaved') }),
    withoutTermsPrefix,
  );
  const doFinalize = async () => {
    setConfirming(false);
    const checked = form.validate();
    if (checked.hasErrors) return;
    try {
      const state = await finalize.mutateAsync({ collaborationId: collab.id, terms: form.values });
      notifications.show({ color: 'teal', title: t('status.versionFinalized', { version: state.inForceVersion }), message: t('page.finalizedMessage') });
    } catch (e) {
      notifications.show({ color: 'red', title: t('page.notFinalized'), message: errorText(e) });
    }
  };

  return (
    <form onSubmit={submit}>
      <UnsavedGuard dirty={form.isDirty() && !finalize.isPending} />
      <Stack gap="md">
        <Group justify="space-between" align="flex-end">
          <Stack gap={2}>
            <Anchor href={hrefOf('board', collab.id)} size="sm">
              <Group gap={4}>
                <IconArrowLeft size={14} /> {t('page.back')}
              </Group>
            </Anchor>
            <Group gap="xs">
              <Title order={2}>{t('page.title', { name: collab.creator.name })}</Title>
              <Badge variant="light" radius="sm" tt="none" color={contract.status === 'finalized' ? 'teal' : 'yellow'}>
                {contract.status === 'finalized'
                  ? t('status.versionFinalized', { version: contract.inForceVersion })
                  : contract.inForceVersion
                    ? t('status.draftWithVersionInForce', { version: contract.inForceVersion })
                    : t('status.draft')}
              </Badge>
            </Group>
          </Stack>
          <Group gap="xs">
            <Select
              aria-label={t('page.presetLabel')}
              placeholder={t('page.presetPlaceholder')}
              data={PRESETS.map((p) => ({ value: p, label: t(`preset.${p}`) }))}
              value={null}
              onChange={(p) => p && void applyPreset(form, collab.id, p as PresetId)}
              w={250}
            />
            <Button variant="default" leftSection={<IconPrinter size={16} />} onClick={() => void (preview.ok ? printHtml(preview.html, t('print.draftTitle')) : undefined)}>
              {t('page.printDraft')}
            </Button>
            <DocxButton
              variant="default"
              collaborationId={collab.id}
              disabled={form.isDirty()}
              title={form.isDirty() ? t('page.docxNeedsSave') : undefined}
            />
            <Button type="submit" variant="default" loading={save.isPending}>
              {t('page.saveDraft')}
            </Button>
            <Button
              onClick={() => setConfirming(true)}
              loading={finalize.isPending}
              disabled={contract.status === 'finalized' && !form.isDirty()}
              title={contract.status === 'finalized' && !form.isDirty() ? t('page.nothingChanged') : undefined}
            >
              {t('page.finalize', { version: nextVersion })}
            </Button>
          </Group>
        </Group>
        {error && <Alert color="red" title={t('page.notSaved')}>{error}</Alert>}
        <Grid gap="md">
          <Grid.Col span={{ base: 12, lg: 6 }}>
            <Stack gap="sm">
              <Warnings warnings={warnings} />
              <Accordion multiple defaultValue={['language', 'parties', 'milestones', 'lateDelivery']} variant="separated">
                {SECTIONS.map(({ value, Section, warn }) => {
                  const count = warnings.filter((w) => (warn as readonly string[]).includes(w.section)).length;
                  return (
                    <Accordion.Item key={value} value={value}>
                      <Accordion.Control icon={count > 0 ? <IconAlertTriangle size={16} color="var(--mantine-color-orange-6)" /> : undefined}>{t(`section.${value}`)}</Accordion.Control>
                      <Accordion.Panel>
                        <Section form={form} />
                      </Accordion.Panel>
                    </Accordion.Item>
                  );
                })}
              </Accordion>
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 6 }}>
            <Paper withBorder radius="md" style={{ position: 'sticky', top: 72, overflow: 'hidden' }}>
              {preview.ok ? (
                <iframe title={t('page.previewTitle')} sandbox="" srcDoc={preview.html} style={{ width: '100%', height: 'calc(100vh - 160px)', border: 0, background: 'white' }} />
              ) : (
                <Text p="md" c="dimmed">
                  {t('page.previewEmpty')}
                </Text>
              )}
            </Paper>
          </Grid.Col>
        </Grid>
      </Stack>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('finalize.title', { version: nextVersion })}>
        <Stack>
          <Text size="sm">
            {t('finalize.explanation')}
          </Text>
          {warnings.length > 0 && (
            <Alert color="orange" variant="light" icon={<IconAlertTriangle />} title={t('finalize.stillOpen', { count: warnings.length })} data-testid="finalize-warnings">
              <List size="sm" spacing={2}>
                {warnings.map((w) => warningText(w)).map((text) => (
                  <List.Item key={text}>{text}</List.Item>
                ))}
              </List>
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('finalize.cancel')}
            </Button>
            <Button onClick={() => void doFinalize()}>{t('finalize.confirm')}</Button>
          </Group>
          {contract.versions.length > 0 && (
            <Button variant="subtle" size="xs" onClick={() => void printContract(collab.id, contract.versions.at(-1)!.version)}>
              {t('finalize.printCurrentInstead', { version: contract.versions.at(-1)!.version })}
            </Button>
          )}
        </Stack>
      </Modal>
    </form>
  );
}

async function applyPreset(form: TermsForm, collaborationId: number, preset: PresetId) {
  if (form.isDirty() && !window.confirm(i18n.t('contract:page.replaceWithPreset', { preset: i18n.t(`contract:preset.${preset}`) }))) return;
  try {
    // The preset is written in the language already chosen, and keeps the second one beside it.
    const { language, secondLanguage, prevailing } = form.getValues();
    const terms = await call('contracts.preset', { collaborationId, preset, language });
    form.setValues({ ...terms, secondLanguage, prevailing });
    form.clearErrors();
  } catch (e) {
    notifications.show({ color: 'red', title: i18n.t('contract:page.presetFailed'), message: errorText(e) });
  }
}

// Half-typed values (an emptied number field) must not break the preview while the user types.
function safeRender(terms: ContractTerms, paper: Settings['paper']): { ok: true; html: string } | { ok: false } {
  const parsed = ContractTerms.safeParse(terms);
  return parsed.success ? { ok: true, html: renderContract(parsed.data, { paper }) } : { ok: false };
}

/** The saved draft's warnings are the server's; unsaved edits are checked here by the same shared function. */
function warningsOf(terms: ContractTerms, contract: ContractState, collab: CollaborationDetail, settings: Settings): ContractWarning[] {
  if (JSON.stringify(terms) === JSON.stringify(contract.terms)) return contract.warnings;
  const parsed = ContractTerms.safeParse(terms);
  return parsed.success ? draftWarnings(parsed.data, collab, settings, appNow()) : [];
}

function Warnings({ warnings }: { warnings: ContractWarning[] }) {
  const { t } = useTranslation('contract');
  if (warnings.length === 0) return null;
  return (
    <Alert color="orange" variant="light" icon={<IconAlertTriangle />} title={t('page.warnings', { count: warnings.length })} data-testid="contract-warnings">
      <Stack gap={4}>
        {warnings.map((w) => warningText(w)).map((text) => (
          <Text key={text} size="sm">
            {text}
          </Text>
        ))}
      </Stack>
    </Alert>
  );
}
