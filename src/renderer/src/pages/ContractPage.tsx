import { Accordion, Alert, Anchor, Badge, Button, Grid, Group, List, Loader, Modal, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconArrowLeft, IconPrinter } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { renderContract } from '../../../shared/contract/render';
import type { ContractState } from '../../../shared/contract/schemas';
import { ContractTerms, PRESET_LABELS, PRESETS, type PresetId } from '../../../shared/contract/terms';
import { type ContractWarning, draftWarnings } from '../../../shared/contract/warnings';
import { warningText } from '../components/contract/warningText';
import type { CollaborationDetail, Settings } from '../../../shared/schemas';
import { call } from '../api';
import { printContract } from '../components/contract/ContractPanel';
import { DocxButton } from '../components/contract/DocxButton';
import { BriefSection } from '../components/contract/builder/BriefSection';
import { MilestonesSection } from '../components/contract/builder/MilestonesSection';
import { PartiesSection } from '../components/contract/builder/PartiesSection';
import { LateDeliverySection, LegalSection, ProtectionSection, ReviewSection, UsageSection } from '../components/contract/builder/TermsSections';
import type { TermsForm } from '../components/contract/builder/types';
import { validateWith } from '../formErrors';
import { useApiMutation, useApiQuery } from '../hooks/queries';
import { useFormSubmit } from '../hooks/useFormSubmit';
import { printHtml } from '../print';
import { hrefOf, useRoute } from '../route';
import { appNow } from '../clock';
import { UnsavedGuard } from '../components/UnsavedGuard';

const SECTIONS = [
  { value: 'parties', label: 'Parties and fee', Section: PartiesSection, warn: ['fee'] },
  { value: 'brief', label: 'Brief and deliverables', Section: BriefSection, warn: ['brief'] },
  { value: 'milestones', label: 'Milestones', Section: MilestonesSection, warn: ['milestones'] },
  { value: 'review', label: 'Review and revisions', Section: ReviewSection, warn: ['review'] },
  { value: 'lateDelivery', label: 'Late delivery', Section: LateDeliverySection, warn: ['lateDelivery'] },
  { value: 'usage', label: 'Content ownership and usage', Section: UsageSection, warn: ['usage'] },
  { value: 'protection', label: 'Kill fee and morals clause', Section: ProtectionSection, warn: [] },
  { value: 'legal', label: 'Termination, confidentiality, law', Section: LegalSection, warn: [] },
] as const;

/** Server issues name `terms.…`; the form names the same fields without the prefix. */
const withoutTermsPrefix = (errors: Record<string, string>) =>
  Object.fromEntries(Object.entries(errors).map(([k, v]) => [k.replace(/^terms\./, ''), v]));

export function ContractPage() {
  const { id } = useRoute();
  const collab = useApiQuery('collaborations.get', { id: id ?? 0 }, id !== null);
  const contract = useApiQuery('contracts.get', { collaborationId: id ?? 0 }, id !== null);
  const settings = useApiQuery('settings.get', {});
  if (id === null) return <Alert color="red">Open a contract from a card on the board.</Alert>;
  const failure = collab.error ?? contract.error;
  if (failure) return <Alert color="red" title="This contract could not be opened">{failure.message}</Alert>;
  if (!collab.data || !contract.data || !settings.data || collab.data.id !== id) return <Loader />;
  // Remount with fresh terms whenever another version is saved elsewhere.
  return <Builder key={`${id}:${contract.data.savedAt ?? 'new'}`} collab={collab.data} contract={contract.data} settings={settings.data} />;
}

function Builder({ collab, contract, settings }: { collab: CollaborationDetail; contract: ContractState; settings: Settings }) {
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
    () => notifications.show({ color: 'teal', message: 'Draft saved' }),
    withoutTermsPrefix,
  );
  const doFinalize = async () => {
    setConfirming(false);
    const checked = form.validate();
    if (checked.hasErrors) return;
    try {
      const state = await finalize.mutateAsync({ collaborationId: collab.id, terms: form.values });
      notifications.show({ color: 'teal', title: `Version ${state.inForceVersion} finalized`, message: 'Its deadlines count from signing and from the day the product arrives.' });
    } catch (e) {
      notifications.show({ color: 'red', title: 'Not finalized', message: e instanceof Error ? e.message : String(e) });
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
                <IconArrowLeft size={14} /> Back to the card
              </Group>
            </Anchor>
            <Group gap="xs">
              <Title order={2}>Contract with {collab.creator.name}</Title>
              <Badge variant="light" radius="sm" tt="none" color={contract.status === 'finalized' ? 'teal' : 'yellow'}>
                {contract.status === 'finalized' ? `Version ${contract.inForceVersion} finalized` : contract.inForceVersion ? `Draft · version ${contract.inForceVersion} in force` : 'Draft'}
              </Badge>
            </Group>
          </Stack>
          <Group gap="xs">
            <Select
              aria-label="Start from a preset"
              placeholder="Start from a preset…"
              data={PRESETS.map((p) => ({ value: p, label: PRESET_LABELS[p] }))}
              value={null}
              onChange={(p) => p && void applyPreset(form, collab.id, p as PresetId)}
              w={250}
            />
            <Button variant="default" leftSection={<IconPrinter size={16} />} onClick={() => void (preview.ok ? printHtml(preview.html, 'Contract draft') : undefined)}>
              Print draft
            </Button>
            <DocxButton
              variant="default"
              collaborationId={collab.id}
              disabled={form.isDirty()}
              title={form.isDirty() ? 'Save the draft first: the Word file is made from the saved draft' : undefined}
            />
            <Button type="submit" variant="default" loading={save.isPending}>
              Save draft
            </Button>
            <Button
              onClick={() => setConfirming(true)}
              loading={finalize.isPending}
              disabled={contract.status === 'finalized' && !form.isDirty()}
              title={contract.status === 'finalized' && !form.isDirty() ? 'Nothing changed since the last version' : undefined}
            >
              Finalize version {nextVersion}
            </Button>
          </Group>
        </Group>
        {error && <Alert color="red" title="Not saved">{error}</Alert>}
        <Grid gap="md">
          <Grid.Col span={{ base: 12, lg: 6 }}>
            <Stack gap="sm">
              <Warnings warnings={warnings} />
              <Accordion multiple defaultValue={['parties', 'milestones', 'lateDelivery']} variant="separated">
                {SECTIONS.map(({ value, label, Section, warn }) => {
                  const count = warnings.filter((w) => (warn as readonly string[]).includes(w.section)).length;
                  return (
                    <Accordion.Item key={value} value={value}>
                      <Accordion.Control icon={count > 0 ? <IconAlertTriangle size={16} color="var(--mantine-color-orange-6)" /> : undefined}>{label}</Accordion.Control>
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
                <iframe title="Contract preview" sandbox="" srcDoc={preview.html} style={{ width: '100%', height: 'calc(100vh - 160px)', border: 0, background: 'white' }} />
              ) : (
                <Text p="md" c="dimmed">
                  The preview appears once the fields above are filled in.
                </Text>
              )}
            </Paper>
          </Grid.Col>
        </Grid>
      </Stack>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={`Finalize version ${nextVersion}?`}>
        <Stack>
          <Text size="sm">
            The terms, the printable text and its fingerprint are stored for good and dated. Later changes make a new version; this one stays as it is.
          </Text>
          {warnings.length > 0 && (
            <Alert color="orange" variant="light" icon={<IconAlertTriangle />} title={`Still open: ${warnings.length} warning${warnings.length === 1 ? '' : 's'}`} data-testid="finalize-warnings">
              <List size="sm" spacing={2}>
                {warnings.map((w) => warningText(w)).map((text) => (
                  <List.Item key={text}>{text}</List.Item>
                ))}
              </List>
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
            <Button onClick={() => void doFinalize()}>Finalize</Button>
          </Group>
          {contract.versions.length > 0 && (
            <Button variant="subtle" size="xs" onClick={() => void printContract(collab.id, contract.versions.at(-1)!.version)}>
              Print the current version {contract.versions.at(-1)!.version} instead
            </Button>
          )}
        </Stack>
      </Modal>
    </form>
  );
}

async function applyPreset(form: TermsForm, collaborationId: number, preset: PresetId) {
  if (form.isDirty() && !window.confirm(`Replace your unsaved changes with the “${PRESET_LABELS[preset]}” preset?`)) return;
  try {
    form.setValues(await call('contracts.preset', { collaborationId, preset }));
    form.clearErrors();
  } catch (e) {
    notifications.show({ color: 'red', title: 'Preset not applied', message: e instanceof Error ? e.message : String(e) });
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
  if (warnings.length === 0) return null;
  return (
    <Alert color="orange" variant="light" icon={<IconAlertTriangle />} title={`${warnings.length} thing${warnings.length === 1 ? '' : 's'} to look at`} data-testid="contract-warnings">
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
