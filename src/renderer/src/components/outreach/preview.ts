import { fillSegments, type Segment } from '../../../../shared/outreach/fill';

/**
 * The user's own text as preview pieces: whatever still reads `{name}` is a value nobody filled
 * in (or a name that is no variable at all), so it is marked like a missing value.
 */
export const draftSegments = (text: string): Segment[] => fillSegments(text, {});

/** The placeholders still waiting for a value, in order of appearance, each once. */
export function gapsIn(...texts: Segment[][]): string[] {
  const names = texts.flat().flatMap((s) => ('variable' in s && s.value === null ? [s.variable] : 'unknown' in s ? [s.unknown] : []));
  return [...new Set(names)];
}
