import { notifications } from '@mantine/notifications';
import type { ShellInput, ShellOutput, ShellProcedureName } from '../../shared/shellApi';
import { ApiCallError } from './api';
import { errorText } from './formErrors';

/** Whether the desktop shell is there to answer its own procedures (not in the browser host). */
export const onDesktop = (): boolean => Boolean(window.followthrough);

/** Calls a procedure only the Electron shell answers, typed by its contract; throws ApiCallError. */
export async function callShell<K extends ShellProcedureName>(name: K, input: ShellInput<K>): Promise<ShellOutput<K>> {
  if (!window.followthrough) throw new ApiCallError({ code: 'NOT_FOUND', message: 'Only the desktop app can do this.', key: 'service.desktopOnly' });
  const result = await window.followthrough.call(name, input);
  if (!result.ok) throw new ApiCallError(result.error);
  return result.data as ShellOutput<K>;
}

type PdfProcedure = 'shell.savePdf' | 'shell.saveEvidencePdf' | 'shell.saveReportPdf' | 'shell.saveBriefPdf';

/**
 * Writes a real PDF file through the desktop's save dialog and says how it went; closing the
 * dialog is not a failure, so it says nothing then.
 */
export async function savePdf<K extends PdfProcedure>(name: K, input: ShellInput<K>, words: { saved: string; failed: string }): Promise<void> {
  try {
    const result = await callShell(name, input);
    if (result.saved) notifications.show({ color: 'teal', message: words.saved });
  } catch (error) {
    notifications.show({ color: 'red', title: words.failed, message: errorText(error) });
  }
}
