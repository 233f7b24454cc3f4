import { Stepper } from '@mantine/core';
import { useState } from 'react';
import { suggestMapping } from '../../../../shared/csv/fields';
import type { ColumnMapping, ImportKind, ImportResult } from '../../../../shared/csv/schemas';
import { useApiMutation } from '../../hooks/queries';
import { DoneStep } from './DoneStep';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { type CsvHeader, readHeader } from './readHeader';
import { type CsvSource, type SourceErrors, SourceStep } from './SourceStep';
import { importInput, type PreviewRequest, usePreview } from './usePreview';

/** The file as it was when "Next" was pressed; edits in step 1 only count once "Next" is pressed again. */
interface Prepared {
  version: number;
  kind: ImportKind;
  csv: string;
  header: CsvHeader;
}

const STEP = { source: 0, mapping: 1, preview: 2, done: 3 } as const;
const EMPTY: CsvSource = { csv: '', fileName: null };

/** Import creators or metrics from a CSV: the file, its columns, a check of every row, then all rows or none. */
export function ImportWizard() {
  const [step, setStep] = useState<number>(STEP.source);
  const [kind, setKind] = useState<ImportKind | null>(null);
  const [campaignId, setCampaignId] = useState<number | null>(null);
  const [source, setSource] = useState<CsvSource>(EMPTY);
  const [sourceErrors, setSourceErrors] = useState<SourceErrors>({});
  const [prepared, setPrepared] = useState<Prepared | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [result, setResult] = useState<ImportResult | null>(null);
  const importing = useApiMutation('csv.import');

  // Only steps 2 and 3 read the file; after importing, a fresh reading would only report duplicates.
  const reading = prepared !== null && (step === STEP.mapping || step === STEP.preview);
  const request: PreviewRequest | null = reading ? { version: prepared.version, kind: prepared.kind, csv: prepared.csv, campaignId, mapping } : null;
  const preview = usePreview(request);

  const goTo = (next: number) => {
    importing.reset();
    setStep(next);
  };

  const prepare = () => {
    const errors: SourceErrors = {};
    if (kind === null) errors.kind = 'Choose what the file holds: creators or metrics';
    const header = source.csv.trim() === '' ? null : readHeader(source.csv);
    if (source.csv.trim() === '') errors.csv = 'Choose a CSV file or paste its text';
    else if (header === null) errors.csv = 'The file has no header row: the first line must name the columns.';
    setSourceErrors(errors);
    if (kind === null || header === null) return;
    if (!prepared || prepared.csv !== source.csv || prepared.kind !== kind) {
      setPrepared({ version: (prepared?.version ?? 0) + 1, kind, csv: source.csv, header });
      // A corrected file with the same columns keeps the columns the user already picked.
      const sameColumns = prepared?.kind === kind && prepared.header.columns.join('\n') === header.columns.join('\n');
      if (!sameColumns) setMapping(suggestMapping(kind, header.columns));
    }
    goTo(STEP.mapping);
  };

  const startOver = () => {
    setSource(EMPTY);
    setPrepared(null);
    setResult(null);
    goTo(STEP.source);
  };

  return (
    <Stepper active={step} onStepClick={(s) => step !== STEP.done && goTo(s)} allowNextStepsSelect={false} size="sm">
      <Stepper.Step label="File" description="What it holds">
        <SourceStep
          kind={kind}
          onKind={(k) => {
            setKind(k);
            setSourceErrors((e) => ({ ...e, kind: undefined }));
          }}
          campaignId={campaignId}
          onCampaign={setCampaignId}
          source={source}
          onSource={(s) => {
            setSource(s);
            setSourceErrors((e) => ({ ...e, csv: undefined }));
          }}
          errors={sourceErrors}
          onNext={prepare}
        />
      </Stepper.Step>
      <Stepper.Step label="Columns" description="Which holds what">
        {prepared && (
          <MappingStep
            kind={prepared.kind}
            header={prepared.header}
            mapping={mapping}
            onMapping={setMapping}
            preview={preview}
            onBack={() => goTo(STEP.source)}
            onNext={() => goTo(STEP.preview)}
          />
        )}
      </Stepper.Step>
      <Stepper.Step label="Check" description="Every row">
        {request && (
          <PreviewStep
            preview={preview}
            importing={importing.isPending}
            importError={importing.error}
            onBack={() => goTo(STEP.mapping)}
            onChooseAgain={() => goTo(STEP.source)}
            onImport={() =>
              importing.mutate(importInput(request), {
                onSuccess: (r) => {
                  setResult(r);
                  setStep(STEP.done);
                },
              })
            }
          />
        )}
      </Stepper.Step>
      <Stepper.Completed>{result && <DoneStep result={result} campaignId={prepared?.kind === 'metrics' ? campaignId : null} onAnother={startOver} />}</Stepper.Completed>
    </Stepper>
  );
}
