import { describe, expect, it } from 'vitest';
import { mailtoHref } from './mailto';

describe('mailtoHref', () => {
  it('encodes the subject and body, with CRLF line breaks', () => {
    expect(mailtoHref('mia@example.com', 'Did it arrive? & more', 'Hi Mia,\n\n50% off #1')).toBe(
      'mailto:mia@example.com?subject=Did%20it%20arrive%3F%20%26%20more&body=Hi%20Mia%2C%0D%0A%0D%0A50%25%20off%20%231',
    );
  });

  it('cannot be turned into extra headers or recipients', () => {
    const href = mailtoHref('mia@example.com?cc=x@evil.test', 'a&bcc=x@evil.test', 'b');
    const url = new URL(href);
    expect([...url.searchParams.keys()]).toEqual(['subject', 'body']);
    expect(url.searchParams.get('subject')).toBe('a&bcc=x@evil.test');
    expect(url.pathname).toBe('mia@example.com%3Fcc%3Dx@evil.test');
  });

  it('leaves out what is empty, so the mail app asks for the address', () => {
    expect(mailtoHref(null, '  ', 'Hello')).toBe('mailto:?body=Hello');
    expect(mailtoHref(null, '', '')).toBe('mailto:');
  });
});
