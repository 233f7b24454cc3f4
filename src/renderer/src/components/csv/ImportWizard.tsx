import { Alert, Anchor, Button, Group, Stack, Stepper, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import type { ColumnMapping, ImportKind, ImportResult } from '../../../../shared/csv/schemas';
import { suggestMapping } from '../../../../shared/csv/fields';
import { useApiMutation } from '../../hooks/queries';
import { hrefOf } from '../../route';
import { MappingStep } from './MappingStep';
import { plural } from './plural';
import { PreviewStep } from './PreviewStep';
import { readHeader } from './readHeader';
import { type CsvSource, type SourceErrors, SourceStep } from './SourceStep';
import { importInput, type PreviewRequest, usePreview } from './usePreview';

/** Choose a file, match its columns, see every problem, then import all rows or none. */
export function ImportWizard() {
  const [step, setStep] = useState(0);
  const [kind, setKind] = useState<ImportKind | null>(null);
  const [campaignId, setCampaignId] = useState<number | null>(null);
  const [source, setSource] = useState<CsvSource>({ csv: '', fileName: null });
  const [version, setVersion] = useState(0);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [errors, setErrors] = useState<SourceErrors>({});
  const [done, setDone] = useState<ImportResult | null>(null);
  const header = source.csv.trim() === '' ? null : readHeader(source.csv);
  const request: PreviewRequest | null = step >= 1 && kind !== null && header !== null ? { version, csv: source.csv, kind, campaignId, mapping } : null;
  const preview = usePreview(request);
  const run = useApiMutation('csv.import');

  const next = () => {
    const problems: SourceErrors = {};
    if (!kind) problems.kind = 'Choose what the file holds';
    if (source.csv.trim() === '') problems.csv = 'Choose a CSV file or paste its text';
    else if (!header) problems.csv = 'The first line must name the columns';
    setErrors(problems);
    if (Object.keys(problems).length > 0 || !kind || !header) return;
    setMapping(suggestMapping(kind, header.columns));
    setVersion((v) => v + 1);
    run.reset();
    setStep(1);
  };
  const chooseAgain = () => {
    setSource({ csv: '', fileName: null });
    setStep(0);
  };
  const importNow = () => {
    if (!request) return;
    run.mutate(importInput(request), { onSuccess: (result) => (setDone(result), setStep(3)) });
  };
  const restart = () => {
    setDone(null);
    setSource({ csv: '', fileName: null });
    run.reset();
    setStep(0);
  };

  return (
    <Stepper active={step} onStepClick={(s) => s < step && step < 3 && setStep(s)} size="sm">
      <Stepper.Step label="File" description="What it holds">
        <SourceStep kind={kind} onKind={setKind} campaignId={campaignId} onCampaign={setCampaignId} source={source} onSource={setSource} errors={errors} onNext={next} />
      </Stepper.Step>
      <Stepper.Step label="Columns" description="Match them">
        {kind && header && (
          <MappingStep kind={kind} header={header} mapping={mapping} onMapping={setMapping} preview={preview} onBack={() => setStep(0)} onNext={() => setStep(2)} />
        )}
      </Stepper.Step>
      <Stepper.Step label="Check" description="Every row">
        <PreviewStep preview={preview} importing={run.isPending} importError={run.error} onBack={() => setStep(1)} onChooseAgain={chooseAgain} onImport={importNow} />
      </Stepper.Step>
      <Stepper.Completed>
        {done && (
          <Stack gap="sm">
            <Alert color="green" icon={<IconCircleCheck size={18} />} title={`Imported ${plural(done.imported, done.kind === 'creators' ? 'creator' : 'row')}`}>
              {done.kind === 'metrics' && done.newPosts > 0 ? `${plural(done.newPosts, 'new post')} added. ` : ''}
              {done.kind === 'metrics' ? (
                campaignId !== null ? (
                  <Anchor href={hrefOf('campaigns', campaignId)}>Open the campaign dashboard</Anchor>
                ) : (
                  <Anchor href={hrefOf('board')}>Back to the board</Anchor>
                )
              ) : (
                <Anchor href={hrefOf('creators')}>See your creators</Anchor>
              )}
            </Alert>
            <Group>
              <Button variant="default" onClick={restart}>
                Import another file
              </Button>
            </Group>
          </Stack>
        )}
      </Stepper.Completed>
    </Stepper>
  );
}

export const IMPORT_HINT = (
  <Text size="sm" c="dimmed">
    Nothing is imported until every row is right, so a file can be fixed and chosen again as often as needed.
  </Text>
);
