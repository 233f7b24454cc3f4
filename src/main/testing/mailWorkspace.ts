import type { ProcedureInput } from '../../shared/api';
import type { MailSummary } from '../../shared/mail/schemas';
import type { ApiError } from '../../shared/result';
import { createDispatcher } from '../api/dispatcher';
import { archiveApi } from './archiveApi';
import { testContext } from './context';

/**
 * A brand with three creators, for the mail tests: Mia Chen (mia@example.com, also
 * mia.studio@example.net, @mia.makes) in outreach, Lin Wei (lin@example.cn, linwei_home)
 * negotiating, and Tom Baker (tom@example.com), whose only collaboration is completed.
 */
export function mailWorkspace(now = '2026-03-04T12:00:00.000Z') {
  const ctx = testContext(now);
  const api = archiveApi(ctx);
  const dispatch = createDispatcher(ctx, { logError: () => {} });
  api.ok('settings.update', { brandName: 'Lumen', senderName: 'Ana', timeZone: 'Europe/Amsterdam' });
  const mia = api.ok('influencers.create', { name: 'Mia Chen', email: 'mia@example.com', otherEmails: ['mia.studio@example.net'], handles: [{ platform: 'instagram', handle: '@mia.makes' }] }).id;
  const lin = api.ok('influencers.create', { name: 'Lin Wei', email: 'lin@example.cn', handles: [{ platform: 'xiaohongshu', handle: 'linwei_home' }] }).id;
  const tom = api.ok('influencers.create', { name: 'Tom Baker', email: 'tom@example.com', handles: [{ platform: 'instagram', handle: '@tomoutdoors' }] }).id;
  const miaDeal = api.ok('collaborations.create', { creatorId: mia, stage: 'outreach', feeMinor: 40_000 }).id;
  const linDeal = api.ok('collaborations.create', { creatorId: lin, stage: 'negotiating', feeMinor: 120_000 }).id;
  const tomDeal = api.ok('collaborations.create', { creatorId: tom, stage: 'completed', feeMinor: 30_000 }).id;

  const files = (list: [name: string, content: string | Buffer][]) => list.map(([name, content]) => ({ name, base64: Buffer.from(content).toString('base64') }));
  /** Imports files as dropped on the Mailbox page (or on a card, with its id), answering the summary. */
  const importMail = async (list: [string, string | Buffer][], collaborationId?: number): Promise<MailSummary> => {
    const result = await dispatch('mail.import', { files: files(list), ...(collaborationId === undefined ? {} : { collaborationId }) });
    if (!result.ok) throw new Error(`mail.import: ${result.error.message}`);
    return result.data as MailSummary;
  };
  const importRefused = async (input: ProcedureInput<'mail.import'>): Promise<ApiError> => {
    const result = await dispatch('mail.import', input);
    if (result.ok) throw new Error('mail.import was accepted');
    return result.error;
  };
  /** The messages logged on a collaboration, oldest first. */
  const messages = (collaborationId: number) =>
    api
      .ok('events.list', { collaborationId })
      .filter((e) => e.type === 'message')
      .reverse();
  const card = (collaborationId: number) => api.ok('collaborations.board', {}).cards.find((c) => c.id === collaborationId)!;
  return { ctx, api, dispatch, files, importMail, importRefused, messages, card, mia, lin, tom, miaDeal, linDeal, tomDeal };
}
