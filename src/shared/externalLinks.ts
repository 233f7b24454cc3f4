/**
 * The only links that may leave the app, and only when the user clicks one: a web page in the
 * browser or a message in the mail app. Anything else (javascript:, file:, custom schemes that
 * start other programs) stays refused.
 */
export function isExternalLinkAllowed(url: string): boolean {
  try {
    return ['https:', 'http:', 'mailto:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}
