/**
 * A `mailto:` link that opens the user's mail app with the message filled in. Line breaks become
 * CRLF, as RFC 6068 asks, so mail apps on every system keep the paragraphs.
 */
export function mailtoHref(email: string | null, subject: string, body: string): string {
  const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
  const params = [subject.trim() && `subject=${encode(subject.trim())}`, body && `body=${encode(body)}`].filter(Boolean);
  // The @ stays readable: some mail apps do not decode it in the address.
  const to = email ? encodeURIComponent(email.trim()).replace(/%40/g, '@') : '';
  return `mailto:${to}${params.length > 0 ? `?${params.join('&')}` : ''}`;
}
