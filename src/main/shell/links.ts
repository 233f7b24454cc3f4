import { shell } from 'electron';
import type { ApiResult } from '../../shared/result';
import { problem } from '../../shared/i18n/problems';
import { spelled } from '../../shared/i18n/spelled';
import type { ShellOutput, ShellParsedInput } from '../../shared/shellApi';

/**
 * Hands a clicked link to the system: the window refuses to navigate (a mailto: link in the page
 * would just be blocked), so the mail app or browser is asked directly. The input was checked
 * against the contract first, so only web and mail links arrive here.
 */
export async function openExternalLink(input: ShellParsedInput<'shell.openExternal'>): Promise<ApiResult<ShellOutput<'shell.openExternal'>>> {
  try {
    await shell.openExternal(input.url);
    return { ok: true, data: { opened: true } };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'INTERNAL', ...spelled(problem('service.linkNotOpened', { reason })) } };
  }
}
