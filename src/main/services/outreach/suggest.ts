import type { z } from 'zod';
import { TEMPLATE_LANGUAGES, type TemplateLanguage } from '../../../shared/outreach/kinds';
import type { NudgesInput, SuggestInput, Suggestion } from '../../../shared/outreach/schemas';
import { type NextMessage, suggestNext } from '../../../shared/outreach/suggest';
import { suggestionText } from '../../../shared/outreach/suggestWords';
import { sayIn } from '../../../shared/i18n/createI18n';
import type { Ctx } from '../context';
import { getCollaboration } from '../collaborations';
import { getSettings } from '../settings';
import { readConversations } from './conversation';

/** The creator's language when there are templates in it ("zh-CN" → zh), else English. */
export function templateLanguage(language: string | null): TemplateLanguage {
  const base = (language ?? '').toLowerCase().split('-')[0];
  return TEMPLATE_LANGUAGES.find((l) => l === base) ?? 'en';
}

// The reason in English for scripts and logs; the page says it in its own language from `why`.
const english = sayIn('en');

function toSuggestion(collaborationId: number, creatorLanguage: string | null, next: NextMessage): Suggestion {
  const language = templateLanguage(creatorLanguage);
  const templateId = next.kind ? `builtin:${next.kind}.${language}` : null;
  return { collaborationId, kind: next.kind, why: next.why, reason: suggestionText(next.why, english, 'en-GB'), language, templateId };
}

export function suggestFor(ctx: Ctx, input: z.output<typeof SuggestInput>): Suggestion {
  const asOf = input.asOf ? new Date(input.asOf) : ctx.clock.now();
  const [found] = readConversations(ctx, asOf, { collaborationId: input.collaborationId });
  if (!found) {
    const collab = getCollaboration(ctx, input.collaborationId); // NOT_FOUND when it does not exist
    return toSuggestion(collab.id, collab.creator.language, { kind: null, why: { code: 'ended', timeZone: getSettings(ctx).timeZone } });
  }
  return toSuggestion(found.row.id, found.row.creatorLanguage, suggestNext(found.state, asOf, getSettings(ctx).timeZone));
}

/** Every collaboration that needs a message now: the board's "who needs a nudge" view. */
export function listNudges(ctx: Ctx, input: z.output<typeof NudgesInput>): Suggestion[] {
  const asOf = input.asOf ? new Date(input.asOf) : ctx.clock.now();
  const { timeZone } = getSettings(ctx);
  return readConversations(ctx, asOf, { campaignId: input.campaignId })
    .map(({ row, state }) => toSuggestion(row.id, row.creatorLanguage, suggestNext(state, asOf, timeZone)))
    .filter((s) => s.kind !== null);
}
