import { writeFile as writeFileToDisk } from 'node:fs/promises';
import { BrowserWindow, dialog, type BrowserWindowConstructorOptions } from 'electron';
import type { EvidenceDocument } from '../../shared/accountability/schemas';
import type { BriefDocument } from '../../shared/brief/apiSchemas';
import type { RenderedContract } from '../../shared/contract/schemas';
import type { ApiResult } from '../../shared/result';
import type { SavePdfResult, ShellParsedInput } from '../../shared/shellApi';
import type { Dispatch } from '../api/dispatcher';
import { hardenContents } from './window';

export interface SavePdfDeps {
  dispatch: Dispatch;
  /** The save dialog is modal to this window; null (no window left) gives a free-standing dialog. */
  parent: BrowserWindow | null;
  createWindow?: (options: BrowserWindowConstructorOptions) => BrowserWindow;
  writeFile?: (path: string, data: Buffer) => Promise<void>;
}

/**
 * A document is printed in a window of its own rather than the app's page, so nothing of the app
 * ends up in the PDF. Its HTML contains text the user typed, so the window gets even less than the
 * main one: no scripts at all, no preload, sandboxed.
 */
export const PRINT_WINDOW_OPTIONS: BrowserWindowConstructorOptions = {
  show: false,
  webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false },
};

/**
 * Renders through the dispatcher (so the PDF is exactly the stored version, or the current draft),
 * prints it with Chromium and lets the user choose where it goes.
 */
export function saveContractPdf(deps: SavePdfDeps, input: ShellParsedInput<'shell.savePdf'>): Promise<ApiResult<SavePdfResult>> {
  const rendered = deps.dispatch('contracts.render', input) as ApiResult<RenderedContract>;
  const name = `contract-${input.collaborationId}-${input.version === undefined ? 'draft' : `v${input.version}`}.pdf`;
  return savePdf(deps, rendered.ok ? { ok: true, data: { html: rendered.data.html, filename: name } } : rendered);
}

/** The evidence pack, printed the same way, under the name the pack gives itself. */
export function saveEvidencePdf(deps: SavePdfDeps, input: ShellParsedInput<'shell.saveEvidencePdf'>): Promise<ApiResult<SavePdfResult>> {
  return savePdf(deps, deps.dispatch('evidence.render', input) as ApiResult<EvidenceDocument>);
}

/** The campaign report, printed the same way. */
export function saveReportPdf(deps: SavePdfDeps, input: ShellParsedInput<'shell.saveReportPdf'>): Promise<ApiResult<SavePdfResult>> {
  return savePdf(deps, deps.dispatch('campaigns.report', input) as ApiResult<{ html: string; filename: string }>);
}

/** A collaboration's brief, printed the same way, under the name the brief gives itself. */
export function saveBriefPdf(deps: SavePdfDeps, input: ShellParsedInput<'shell.saveBriefPdf'>): Promise<ApiResult<SavePdfResult>> {
  return savePdf(deps, deps.dispatch('briefs.render', input) as ApiResult<BriefDocument>);
}

async function savePdf(deps: SavePdfDeps, rendered: ApiResult<{ html: string; filename: string }>): Promise<ApiResult<SavePdfResult>> {
  if (!rendered.ok) return rendered;
  let pdf: Buffer;
  try {
    pdf = await printToPdf(rendered.data.html, deps.createWindow ?? ((options) => new BrowserWindow(options)));
  } catch (error) {
    return internal(`The PDF could not be made: ${reason(error)}`);
  }

  const options = { defaultPath: rendered.data.filename, filters: [{ name: 'PDF', extensions: ['pdf'] }] };
  const choice = deps.parent ? await dialog.showSaveDialog(deps.parent, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { ok: true, data: { saved: false, path: null } };

  try {
    await (deps.writeFile ?? writeFileToDisk)(choice.filePath, pdf);
  } catch (error) {
    return internal(`The PDF could not be saved: ${reason(error)}`);
  }
  return { ok: true, data: { saved: true, path: choice.filePath } };
}

async function printToPdf(html: string, createWindow: NonNullable<SavePdfDeps['createWindow']>): Promise<Buffer> {
  const win = createWindow(PRINT_WINDOW_OPTIONS);
  try {
    // Without scripts a meta refresh or a link could still try to leave the document.
    hardenContents(win.webContents);
    await win.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`);
    // Paper size and page numbers come from the document's own @page rule, as in the browser's print.
    return await win.webContents.printToPDF({ printBackground: true, preferCSSPageSize: true });
  } finally {
    win.destroy();
  }
}

const internal = (message: string): ApiResult<never> => ({ ok: false, error: { code: 'INTERNAL', message } });

function reason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
