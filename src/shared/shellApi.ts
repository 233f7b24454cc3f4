import { z } from 'zod';
import { problem } from './i18n/problems';
import type { ProcedureName } from './api';
import { EvidenceInput } from './accountability/schemas';
import { ContractRenderInput } from './contract/schemas';
import { isExternalLinkAllowed } from './externalLinks';
import { ReportInput } from './metrics/schemas';
import { BriefRenderInput } from './brief/apiSchemas';

/**
 * Procedures that need the desktop itself (a native save dialog, Chromium's PDF printer), so only
 * the Electron shell can answer them. They are kept out of the `procedures` table in ./api because
 * that table drives the browser host too, which must neither advertise nor route them; the
 * renderer still reaches them through the same preload `call(name, input)`.
 */

// Same input as `contracts.render`, so the PDF is always exactly what the app renders and stores.
export const SavePdfInput = ContractRenderInput;
export const SavePdfResult = z.object({
  /** False when the user closed the save dialog; that is not an error. */
  saved: z.boolean(),
  path: z.string().nullable(),
});

/** A link the user clicked; the page itself never navigates away, so the system opens it. */
export const OpenExternalInput = z.strictObject({
  url: z
    .string({ error: problem('field.linkMissing') })
    .max(20_000, { error: problem('field.linkLong') })
    .refine(isExternalLinkAllowed, { error: problem('field.linkKind') }),
});
export const OpenExternalResult = z.object({ opened: z.literal(true) });

export const SHELL_PROCEDURES = {
  'shell.savePdf': {
    input: SavePdfInput,
    output: SavePdfResult,
    summary: 'Save the contract draft or a finalized version as a PDF file the user picks',
  },
  // Same input as `evidence.render`: the PDF is exactly the document the app renders.
  'shell.saveEvidencePdf': {
    input: EvidenceInput,
    output: SavePdfResult,
    summary: 'Save the evidence pack of a collaboration as a PDF file the user picks',
  },
  'shell.saveReportPdf': {
    input: ReportInput,
    output: SavePdfResult,
    summary: 'Save the campaign report as a PDF file the user picks',
  },
  // Same input as `briefs.render`: the PDF is exactly the brief the app renders.
  'shell.saveBriefPdf': {
    input: BriefRenderInput,
    output: SavePdfResult,
    summary: "Save a collaboration's one-page brief as a PDF file the user picks",
  },
  'shell.openExternal': {
    input: OpenExternalInput,
    output: OpenExternalResult,
    summary: 'Open a web or email link the user clicked in the browser or the mail app',
  },
} as const;

export type ShellProcedures = typeof SHELL_PROCEDURES;
export type ShellProcedureName = keyof ShellProcedures;
/** What a caller may send. */
export type ShellInput<K extends ShellProcedureName> = z.input<ShellProcedures[K]['input']>;
/** What a shell handler receives once the input has been validated. */
export type ShellParsedInput<K extends ShellProcedureName> = z.output<ShellProcedures[K]['input']>;
export type ShellOutput<K extends ShellProcedureName> = z.infer<ShellProcedures[K]['output']>;

export type SavePdfInput = ShellInput<'shell.savePdf'>;
export type SavePdfResult = ShellOutput<'shell.savePdf'>;

// The shell answers these names before the dispatcher sees them, so a clash would silently hide a
// shared procedure inside Electron; this fails to compile instead.
const _noClash: [Extract<ShellProcedureName, ProcedureName>] extends [never] ? true : never = true;

export function isShellProcedure(name: unknown): name is ShellProcedureName {
  return typeof name === 'string' && Object.hasOwn(SHELL_PROCEDURES, name);
}
