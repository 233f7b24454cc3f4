/**
 * The only links that may leave the app, and only when the user clicks one: a web page in the
 * browser, a message in the mail app, or the app's own calendar feed (webcal: on this computer)
 * for the calendar app. Anything else (javascript:, file:, custom schemes that
 * start other programs) stays refused.
 */
export function isExternalLinkAllowed(url: string): boolean {
  try {
    const parsed = new URL(url);
    // The app's own calendar feed, which hands the address to the calendar app to subscribe.
    if (parsed.protocol === 'webcal:') return parsed.hostname === '127.0.0.1';
    return ['https:', 'http:', 'mailto:'].includes(parsed.protocol);
  } catch {
    return false;
  }
}
