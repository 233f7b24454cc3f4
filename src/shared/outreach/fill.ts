import { TEMPLATE_VARIABLES, type TemplateVariable } from './kinds';

/** A filled template as pieces, so a preview can mark what came from a variable and what is missing. */
export type Segment = { text: string } | { variable: TemplateVariable; value: string | null } | { unknown: string };

const PLACEHOLDER = /\{([a-zA-Z_]+)\}/g;
const KNOWN: ReadonlySet<string> = new Set(TEMPLATE_VARIABLES);
export const isTemplateVariable = (name: string): name is TemplateVariable => KNOWN.has(name);

/** The placeholders a text uses that are not variables: a template with any is refused on save. */
export function unknownVariables(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!).filter((name) => !isTemplateVariable(name)))];
}

/**
 * Splits a template into text and variables with their values. Template text is data: nothing in
 * it is evaluated, and values are inserted as they are (escaping is the job of whoever renders).
 */
export function fillSegments(template: string, values: Partial<Record<TemplateVariable, string | null>>): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    if (match.index > last) out.push({ text: template.slice(last, match.index) });
    const name = match[1]!;
    out.push(isTemplateVariable(name) ? { variable: name, value: values[name] ?? null } : { unknown: name });
    last = match.index + match[0].length;
  }
  if (last < template.length) out.push({ text: template.slice(last) });
  return out;
}

/** The text to send: a missing value stays visible as its placeholder, never silently blank. */
export function segmentsToText(segments: Segment[]): string {
  return segments
    .map((s) => ('text' in s ? s.text : 'variable' in s ? (s.value ?? `{${s.variable}}`) : `{${s.unknown}}`))
    .join('');
}

/** The variables a text still shows as placeholders: a message with any was not finished. */
export function unfilledVariables(text: string): TemplateVariable[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!).filter(isTemplateVariable))];
}

export function missingVariables(segments: Segment[]): TemplateVariable[] {
  return [...new Set(segments.flatMap((s) => ('variable' in s && s.value === null ? [s.variable] : [])))];
}
