import { useQuery } from '@tanstack/react-query';
import type { ProcedureInput } from '../../../../shared/api';
import type { ColumnMapping, CsvEncoding, ImportKind, ImportPreview, NumberFormat } from '../../../../shared/csv/schemas';
import type { DateOrder } from '../../../../shared/csv/dateOrder';
import { ApiCallError, call } from '../../api';
import { errorText, refusalText } from '../../formErrors';

/** The file as the server takes it: pasted text, or the bytes with the encoding to read them in. */
export type FileSource = { csv: string } | { base64: string; encoding: CsvEncoding };

export interface PreviewRequest {
  /** Counts up with each file read, so the file's bytes themselves need not be part of the query key. */
  version: number;
  source: FileSource;
  kind: ImportKind;
  campaignId: number | null;
  mapping: ColumnMapping;
  numberFormat: NumberFormat;
  /** Null: the order the file's dates can only be in, as the server guesses it. */
  dateOrder: DateOrder | null;
}

export const importInput = (r: PreviewRequest): ProcedureInput<'csv.import'> => ({
  kind: r.kind,
  ...r.source,
  numberFormat: r.numberFormat,
  ...(r.dateOrder ? { dateOrder: r.dateOrder } : {}),
  mapping: r.mapping,
  ...(r.kind === 'metrics' && r.campaignId !== null ? { campaignId: r.campaignId } : {}),
});

/** The server's reading of the file with the current mapping; null while there is no file. */
export function usePreview(request: PreviewRequest | null) {
  const encoding = request && 'encoding' in request.source ? request.source.encoding : null;
  return useQuery<ImportPreview, Error>({
    queryKey: ['csv.preview', request?.version, encoding, request?.numberFormat, request?.dateOrder, request?.kind, request?.kind === 'metrics' ? request.campaignId : null, request?.mapping],
    queryFn: () => call('csv.preview', importInput(request!)),
    enabled: request !== null,
    // While a changed mapping is re-read the last reading of the same file stays up; another file's never does.
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[1] === request?.version ? previous : undefined),
  });
}

/** A refused preview: problems with a field's column go next to its Select, anything else above. */
export function previewProblems(error: Error | null): { byField: Record<string, string>; general: string | null } {
  if (!error) return { byField: {}, general: null };
  const byField: Record<string, string> = {};
  if (error instanceof ApiCallError) {
    for (const issue of error.issues) {
      const [head, field] = issue.path;
      if (head === 'mapping' && typeof field === 'string') byField[field] ??= refusalText(issue);
    }
  }
  return { byField, general: Object.keys(byField).length > 0 ? null : errorText(error) };
}
