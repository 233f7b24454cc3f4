import type { z } from 'zod';
import { TEMPLATE_LANGUAGES, type TemplateLanguage } from '../../../shared/outreach/kinds';
import type { NudgesInput, SuggestInput, Suggestion } from '../../../shared/outreach/schemas';
import { suggestNext } from '../../../shared/outreach/suggest';
import type { Ctx } from '../context';
import { getCollaboration } from '../collaborations';
import { getSettings } from '../settings';
import { type ConversationRow, readConversations } from './conversation';

/** The creator's language when there are templates in it ("zh-CN" → zh), else English. */
export function templateLanguage(language: string | null): TemplateLanguage {
  const base = (language ?? '').toLowerCase().split('-')[0];
  return TEMPLATE_LANGUAGES.find((l) => l === base) ?? 'en';
}

function toSuggestion(row: ConversationRow, next: ReturnType<typeof suggestNext>): Suggestion {
  const language = templateLanguage(row.creatorLanguage);
  return { collaborationId: row.id, kind: next.kind, reason: next.reason, language, templateId: next.kind ? `builtin:${next.kind}.${language}` : null };
}

export function suggestFor(ctx: Ctx, input: z.output<typeof SuggestInput>): Suggestion {
  const asOf = input.asOf ? new Date(input.asOf) : ctx.clock.now();
  const [found] = readConversations(ctx, asOf, { collaborationId: input.collaborationId });
  if (!found) {
    const collab = getCollaboration(ctx, input.collaborationId); // NOT_FOUND when it does not exist
    return { collaborationId: collab.id, kind: null, reason: 'This collaboration has ended: nothing to send.', language: templateLanguage(collab.creator.language), templateId: null };
  }
  return toSuggestion(found.row, suggestNext(found.state, asOf, getSettings(ctx).timeZone));
}

/** Every collaboration that needs a message now: the board's "who needs a nudge" view. */
export function listNudges(ctx: Ctx, input: z.output<typeof NudgesInput>): Suggestion[] {
  const asOf = input.asOf ? new Date(input.asOf) : ctx.clock.now();
  const { timeZone } = getSettings(ctx);
  return readConversations(ctx, asOf, { campaignId: input.campaignId })
    .map(({ row, state }) => toSuggestion(row, suggestNext(state, asOf, timeZone)))
    .filter((s) => s.kind !== null);
}
