import { describe, expect, it } from 'vitest';
import { dateOfFromLine, isMbox, splitMbox } from './mbox';

describe('a mailbox export', () => {
  it('is split at its "From " lines, each mail with its own bytes and its separator’s date', () => {
    const mbox = Buffer.concat([
      Buffer.from('From a@example.com Sat Mar  7 10:00:00 2026\r\nSubject: one\r\n\r\nHello,\r\nFrom the start it worked.\r\n>From escaped\r\n>>From twice\r\n\r\n'),
      Buffer.from('From b@example.com Sun Mar  8 09:30:00 +0800 2026\nSubject: two\nContent-Type: text/plain; charset=GBK\n\n'),
      Buffer.from([0xc4, 0xe3, 0xba, 0xc3, 0x0a]),
      Buffer.from('\nFrom - Mon Mar  9 08:00:00 2026\nSubject: three\n'),
    ]);
    expect(isMbox(mbox)).toBe(true);
    const parts = [...splitMbox(mbox)];
    expect(parts.map((p) => [p.index, p.fromLineDate])).toEqual([
      [1, '2026-03-07T10:00:00.000Z'],
      [2, '2026-03-08T01:30:00.000Z'],
      [3, '2026-03-09T08:00:00.000Z'],
    ]);
    // A "From " line right after text is the body's own (a writer that did not escape it); escaped ones lose one ">".
    expect(parts[0]!.bytes.toString()).toBe('Subject: one\r\n\r\nHello,\r\nFrom the start it worked.\r\nFrom escaped\r\n>From twice\r\n\r\n');
    // The bytes stay as they were, for the parser to read in the mail's own character set.
    expect(parts[1]!.bytes.subarray(-6)).toEqual(Buffer.from([0xc4, 0xe3, 0xba, 0xc3, 0x0a, 0x0a]));
    expect(parts[2]!.bytes.toString()).toBe('Subject: three\n');
  });

  it('is told from a single mail by its first line', () => {
    expect(isMbox(Buffer.from('From: Mia <mia@example.com>\r\nSubject: hi\r\n\r\nhello'))).toBe(false);
    expect([...splitMbox(Buffer.from('not a mailbox'))]).toEqual([]);
  });

  it('reads the date of a "From " line only when it is a real one', () => {
    expect(dateOfFromLine('From x Thu Feb 26 23:59:59 -0500 2026')).toBe('2026-02-27T04:59:59.000Z');
    expect(dateOfFromLine('From x Mon Feb 30 10:00:00 2026')).toBeNull();
    expect(dateOfFromLine('From x Mon Mar  2 25:00:00 2026')).toBeNull();
    expect(dateOfFromLine('From MAILER-DAEMON')).toBeNull();
  });
});
