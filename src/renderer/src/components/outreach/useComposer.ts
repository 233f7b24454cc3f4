import { useState } from 'react';
import type { Segment } from '../../../../shared/outreach/fill';
import type { TemplateLanguage } from '../../../../shared/outreach/kinds';
import type { Composed, Template } from '../../../../shared/outreach/schemas';
import { useApiQuery } from '../../hooks/queries';
import { i18n } from '../../i18n';
import { draftSegments, gapsIn } from './preview';
import { errorText } from '../../formErrors';

interface Draft {
  subject: string;
  body: string;
}

const confirmReplace = () => window.confirm(i18n.t('templates:composer.confirmReplace'));

/**
 * The composer's state. The text is the filled template until the user types; from then on it is
 * their draft, which a different template or language only replaces when they agree.
 */
export function useComposer(collaborationId: number, templates: Template[], defaultLanguage: TemplateLanguage) {
  const [chosenLanguage, setLanguage] = useState<TemplateLanguage | null>(null);
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  // The deadline a reminder's follow-up is about; until then the creator's most urgent one fills in.
  const [about, setAbout] = useState<number | null>(null);
  const language = chosenLanguage ?? defaultLanguage;

  const compose = useApiQuery(
    'outreach.compose',
    { collaborationId, templateId: templateId ?? '', ...(about === null ? {} : { milestoneId: about }) },
    templateId !== null,
  );
  // A previous template's text must never pass for the one just chosen.
  const composed: Composed | null = compose.data && compose.data.templateId === templateId ? compose.data : null;

  const text: Draft = draft ?? { subject: composed?.subject.text ?? '', body: composed?.body.text ?? '' };
  const edited = draft !== null && (draft.subject !== (composed?.subject.text ?? '') || draft.body !== (composed?.body.text ?? ''));
  const segments: { subject: Segment[]; body: Segment[] } =
    draft === null && composed ? { subject: composed.subject.segments, body: composed.body.segments } : { subject: draftSegments(text.subject), body: draftSegments(text.body) };

  const replace = (next: { templateId: string | null; language: TemplateLanguage }, agreed = false) => {
    if (!agreed && edited && !confirmReplace()) return;
    setLanguage(next.language);
    setTemplateId(next.templateId);
    setDraft(null);
  };

  /** The same kind in another language: the user's own version if they have one, else the built-in. */
  const sameKindIn = (next: TemplateLanguage): string | null => {
    const current = templates.find((t) => t.id === templateId);
    if (!current) return null;
    const candidates = templates.filter((t) => t.kind === current.kind && t.language === next);
    return (candidates.find((t) => t.builtIn === current.builtIn) ?? candidates[0])?.id ?? null;
  };

  return {
    language,
    templateId,
    composed,
    error: compose.isError ? errorText(compose.error) : null,
    text,
    segments,
    gaps: gapsIn(segments.subject, segments.body),
    chooseTemplate: (id: string | null) => {
      if (id !== templateId) replace({ templateId: id, language: templates.find((t) => t.id === id)?.language ?? language });
    },
    /** Starts over from a template, e.g. the suggested one, even if it is the one already chosen. */
    load: (id: string, inLanguage: TemplateLanguage, milestoneId: number | null = null) => {
      if (edited && !confirmReplace()) return;
      setAbout(milestoneId);
      replace({ templateId: id, language: inLanguage }, true);
    },
    chooseLanguage: (next: TemplateLanguage) => {
      if (next !== language) replace({ templateId: sameKindIn(next), language: next });
    },
    edit: (change: Partial<Draft>) => setDraft({ ...text, ...change }),
    /** After sending: an empty composer, ready for the next suggestion. */
    clear: () => {
      setAbout(null);
      setTemplateId(null);
      setDraft(null);
    },
  };
}

export type ComposerState = ReturnType<typeof useComposer>;
