/** API field errors of one part of the input ("content.mustSay.2"), keyed as the form names them ("mustSay.2"). */
export function withinInput(errors: Record<string, string>, part: 'content' | 'override'): Record<string, string> {
  const prefix = `${part}.`;
  return Object.fromEntries(Object.entries(errors).map(([path, message]) => [path.startsWith(prefix) ? path.slice(prefix.length) : path, message]));
}
