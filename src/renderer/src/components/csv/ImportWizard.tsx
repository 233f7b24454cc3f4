import { Stepper } from '@mantine/core';
import type { DateOrder } from '../../../../shared/csv/dateOrder';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { suggestMapping } from '../../../../shared/csv/fields';
import type { ColumnMapping, CsvEncoding, CsvReading, ImportKind, ImportResult, NumberFormat } from '../../../../shared/csv/schemas';
import { call } from '../../api';
import { errorText } from '../../formErrors';
import { useApiMutation } from '../../hooks/queries';
import { DoneStep } from './DoneStep';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { ReadingPanel } from './ReadingPanel';
import { type CsvSource, type SourceErrors, SourceStep } from './SourceStep';
import { type FileSource, importInput, type PreviewRequest, usePreview } from './usePreview';

/** The file as it was when "Next" was pressed; edits in step 1 only count once "Next" is pressed again. */
interface Prepared {
  version: number;
  kind: ImportKind;
  source: CsvSource;
  /** How the server read it: encoding, columns, first row, the number format it guessed. */
  reading: CsvReading;
  numberFormat: NumberFormat;
}

const STEP = { source: 0, mapping: 1, preview: 2, done: 3 } as const;
const EMPTY: CsvSource = { csv: '', base64: null, fileName: null };

const sameSource = (a: CsvSource, b: CsvSource) => a.csv === b.csv && a.base64 === b.base64;

/** What the server reads: pasted text as it is, a file's bytes in the encoding chosen (or detected). */
const fileSource = (source: CsvSource, encoding: CsvEncoding | null): FileSource =>
  source.base64 === null ? { csv: source.csv } : { base64: source.base64, encoding: encoding ?? 'utf-8' };

/** Import creators or metrics from a CSV: the file, how it reads and its columns, a check of every row, then all rows or none. */
export function ImportWizard() {
  const { t } = useTranslation('importExport');
  const [step, setStep] = useState<number>(STEP.source);
  const [kind, setKind] = useState<ImportKind | null>(null);
  const [campaignId, setCampaignId] = useState<number | null>(null);
  const [source, setSource] = useState<CsvSource>(EMPTY);
  const [sourceErrors, setSourceErrors] = useState<SourceErrors>({});
  const [prepared, setPrepared] = useState<Prepared | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [dateOrder, setDateOrder] = useState<DateOrder | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [readingFile, setReadingFile] = useState(false);
  const importing = useApiMutation('csv.import');

  // Only steps 2 and 3 read the file; after importing, a fresh reading would only report duplicates.
  const active = prepared !== null && (step === STEP.mapping || step === STEP.preview);
  const request: PreviewRequest | null = active
    ? { version: prepared.version, kind: prepared.kind, source: fileSource(prepared.source, prepared.reading.encoding), numberFormat: prepared.numberFormat, dateOrder, campaignId, mapping }
    : null;
  const preview = usePreview(request);

  const goTo = (next: number) => {
    importing.reset();
    setStep(next);
  };

  /** The columns of a new reading; a reading with the columns already mapped keeps what the user picked. */
  const adopt = (next: Prepared, previous: Prepared | null) => {
    const sameColumns = previous?.kind === next.kind && previous.reading.columns.join('\n') === next.reading.columns.join('\n');
    if (!sameColumns) setMapping(suggestMapping(next.kind, next.reading.columns));
    setPrepared(next);
  };

  const read = (from: CsvSource, encoding?: CsvEncoding) =>
    call('csv.read', from.base64 === null ? { csv: from.csv } : { base64: from.base64, ...(encoding ? { encoding } : {}) });

  const prepare = async () => {
    const errors: SourceErrors = {};
    if (kind === null) errors.kind = t('wizard.chooseKind');
    const empty = source.base64 === null && source.csv.trim() === '';
    if (empty) errors.csv = t('wizard.chooseFile');
    setSourceErrors(errors);
    if (kind === null || empty) return;
    if (prepared && sameSource(prepared.source, source)) {
      if (prepared.kind !== kind) adopt({ ...prepared, kind }, prepared);
      goTo(STEP.mapping);
      return;
    }
    setReadingFile(true);
    try {
      const reading = await read(source);
      adopt({ version: (prepared?.version ?? 0) + 1, kind, source, reading, numberFormat: reading.numberFormat }, prepared);
      goTo(STEP.mapping);
    } catch (e) {
      setSourceErrors({ csv: errorText(e) });
    } finally {
      setReadingFile(false);
    }
  };

  const changeEncoding = async (encoding: CsvEncoding) => {
    if (!prepared) return;
    setReadingFile(true);
    try {
      const reading = await read(prepared.source, encoding);
      adopt({ ...prepared, reading }, prepared);
    } catch (e) {
      setSourceErrors({ csv: errorText(e) });
      goTo(STEP.source);
    } finally {
      setReadingFile(false);
    }
  };

  const startOver = () => {
    setSource(EMPTY);
    setPrepared(null);
    setDateOrder(null);
    setResult(null);
    goTo(STEP.source);
  };

  return (
    <Stepper active={step} onStepClick={(s) => step !== STEP.done && goTo(s)} allowNextStepsSelect={false} size="sm">
      <Stepper.Step label={t('wizard.step.file')} description={t('wizard.step.fileHint')}>
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
          onNext={() => void prepare()}
          reading={readingFile}
        />
      </Stepper.Step>
      <Stepper.Step label={t('wizard.step.columns')} description={t('wizard.step.columnsHint')}>
        {prepared && (
          <MappingStep
            kind={prepared.kind}
            header={prepared.reading}
            mapping={mapping}
            onMapping={setMapping}
            preview={preview}
            onBack={() => goTo(STEP.source)}
            onNext={() => goTo(STEP.preview)}
            reading={
              <ReadingPanel
                reading={prepared.reading}
                numberFormat={prepared.numberFormat}
                onEncoding={(e) => void changeEncoding(e)}
                onNumberFormat={(numberFormat) => setPrepared({ ...prepared, numberFormat })}
                busy={readingFile}
              />
            }
          />
        )}
      </Stepper.Step>
      <Stepper.Step label={t('wizard.step.check')} description={t('wizard.step.checkHint')}>
        {request && (
          <PreviewStep
            preview={preview}
            importing={importing.isPending}
            importError={importing.error}
            onBack={() => goTo(STEP.mapping)}
            onDateOrder={setDateOrder}
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
