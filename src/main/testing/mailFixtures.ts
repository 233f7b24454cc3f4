/*
 * Mail as mail clients write it, for the import tests: the brand (Ana at Lumen) writes to Mia Chen
 * (mia@example.com, also mia.studio@example.net, @mia.makes) and Lin Wei (lin@example.cn,
 * linwei_home); Tom Baker (tom@example.com) worked with the brand before; an agency and a
 * newsletter write too.
 */

const eml = (lines: string[]): string => lines.join('\r\n');

/** The brand's first mail to Mia. */
export const BRAND_TO_MIA = eml([
  'Return-Path: <ana@lumen.example>',
  'From: Ana Lopez <ana@lumen.example>',
  'To: Mia Chen <mia@example.com>',
  'Subject: Spring kitchen launch',
  'Date: Mon, 02 Mar 2026 10:00:00 +0100',
  'Message-ID: <brand-1@lumen.example>',
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset=utf-8',
  'Content-Transfer-Encoding: 7bit',
  '',
  'Hi Mia,',
  '',
  'We would love you to cook with our new cast-iron skillet. Could you film one reel by the end of March?',
  '',
  'Best,',
  'Ana',
  '',
]);

/** Mia's answer, threaded to the brand's mail and quoting it, in quoted-printable as Gmail sends it. */
export const MIA_REPLY = eml([
  'MIME-Version: 1.0',
  'References: <brand-1@lumen.example>',
  'In-Reply-To: <brand-1@lumen.example>',
  'From: Mia Chen <mia@example.com>',
  'Date: Wed, 4 Mar 2026 18:30:00 +0100',
  'Message-ID: <CAF7xq=reply-1@mail.gmail.com>',
  'Subject: Re: Spring kitchen launch',
  'To: Ana Lopez <ana@lumen.example>',
  'Content-Type: text/plain; charset="UTF-8"',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  'Hi Ana,',
  '',
  'Yes, I=E2=80=99d love to! The skillet arrived and I=E2=80=99m filming on Friday.',
  '',
  'Mia',
  '',
  'On Mon, 2 Mar 2026 at 10:00, Ana Lopez <ana@lumen.example>',
  'wrote:',
  '> Hi Mia,',
  '>',
  '> We would love you to cook with our new cast-iron skillet.',
  '',
]);

/** Mia from her second address, with no thread headers. */
export const MIA_SECOND_ADDRESS = eml([
  'From: Mia Chen <MIA.Studio@Example.net>',
  'To: ana@lumen.example',
  'Subject: Draft is ready',
  'Date: Fri, 06 Mar 2026 09:00:00 +0000',
  'Message-ID: <draft-7@example.net>',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'The first draft is in the shared folder. Let me know what you think!',
  '-- ',
  'Mia Chen | Recipes every weekday',
  '',
]);

/** An agency nobody knows yet, naming Mia's handle. */
export const AGENCY_MENTIONS_MIA = eml([
  'From: Talent Bookings <bookings@talent.example>',
  'To: partnerships@lumen.example',
  'Subject: Rates for @mia.makes',
  'Date: Thu, 05 Mar 2026 14:00:00 +0000',
  'Message-ID: <rates-42@talent.example>',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Hello, we now represent @mia.makes. Her rates for the spring are below; please send contracts to this address.',
  '',
]);

/** A newsletter, nobody's. */
export const NEWSLETTER = eml([
  'From: Kitchen Weekly <news@kitchenweekly.example>',
  'To: ana@lumen.example',
  'Subject: This week’s recipes',
  'Date: Thu, 05 Mar 2026 07:00:00 +0000',
  'Message-ID: <issue-311@kitchenweekly.example>',
  'List-Unsubscribe: <https://kitchenweekly.example/unsubscribe>',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Ten weeknight dinners in one pan.',
  '',
]);

/** Lin's answer from a Chinese mail service: GBK, the subject and her name as encoded words, quoting in Chinese. */
export const LIN_GBK = eml([
  'From: =?GBK?B?wdbesQ==?= <lin@example.cn>',
  'To: "Ana Lopez" <ana@lumen.example>',
  'Subject: =?GBK?B?0fnGt8rVtb3Byw==?=',
  'Date: Thu, 5 Mar 2026 08:00:00 +0800',
  'Message-ID: <5f3a1c2e.8a1.18e0b@163.example.cn>',
  'X-Mailer: Coremail Webmail Server',
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset=GBK',
  'Content-Transfer-Encoding: base64',
  '',
  'QW5ho6zE47rDo6ENCtH5xrfS0b6tytW1vcHLo6zWysG/uty6w6GjztLPwtbcv6rKvMXEyeOhow0K',
  'DQrU2iAyMDI2xOoz1MIyyNUg1tzSuyAxMDowMKOsQW5hIDxhbmFAbHVtZW4uZXhhbXBsZT4g0LS1',
  'wKO6DQo+IMTjusOjrMHW3rENCg==',
  '',
]);

/** Lin again: an HTML body beside a photo, no plain text part. */
export const LIN_HTML_ONLY = eml([
  'From: Lin Wei <lin@example.cn>',
  'To: ana@lumen.example',
  'Subject: Photos from the shoot',
  'Date: Sat, 07 Mar 2026 11:00:00 +0800',
  'Message-ID: <photos-3@example.cn>',
  'MIME-Version: 1.0',
  'Content-Type: multipart/mixed; boundary="----=_Part_1"',
  '',
  '------=_Part_1',
  'Content-Type: text/html; charset=utf-8',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  '<html><head><style>p { color: #333; }</style></head><body><p>Hi Ana,</p><p>Here are the <b>photos</b> from=',
  ' the shoot &amp; the caption.</p><blockquote><p>Can you send a few photos?</p></blockquote></body></html>',
  '------=_Part_1',
  'Content-Type: image/jpeg; name="skillet.jpg"',
  'Content-Disposition: attachment; filename="skillet.jpg"',
  'Content-Transfer-Encoding: base64',
  '',
  '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0a',
  '------=_Part_1--',
  '',
]);

/** Tom, whose only collaboration is completed. */
export const TOM_AFTER_THE_DEAL = eml([
  'From: Tom Baker <tom@example.com>',
  'To: ana@lumen.example',
  'Subject: Another collab?',
  'Date: Sun, 08 Mar 2026 16:00:00 +0000',
  'Message-ID: <tom-9@example.com>',
  '',
  'Hi Ana, would you like to do another video this summer?',
  '',
]);

/** The brand writes to Mia and, copied, to Lin. */
export const BRAND_TO_MIA_CC_LIN = eml([
  'From: Ana Lopez <ana@lumen.example>',
  'To: Mia Chen <mia@example.com>, Someone Else <else@elsewhere.example>',
  'Cc: Lin Wei <lin@example.cn>',
  'Subject: Shoot day together?',
  'Date: Mon, 09 Mar 2026 08:00:00 +0000',
  'Message-ID: <brand-2@lumen.example>',
  '',
  'Would you both like to film together in our studio?',
  '',
]);

/** A mail dated after the test's "now". */
export const FROM_THE_FUTURE = eml([
  'From: Mia Chen <mia@example.com>',
  'To: ana@lumen.example',
  'Subject: Clock trouble',
  'Date: Wed, 01 Apr 2026 09:00:00 +0000',
  'Message-ID: <future-1@example.com>',
  '',
  'My computer’s clock is wrong.',
  '',
]);

/**
 * A mailbox export (mboxrd) of Mia's second-address mail, the agency, the newsletter, a mail with no
 * Message-ID, and one with no Date header (dated by its "From " line); a body line starting with
 * "From " is escaped.
 */
export const INBOX_MBOX = [
  'From mia.studio@example.net Fri Mar  6 09:00:00 2026',
  MIA_SECOND_ADDRESS.replaceAll('\r\n', '\n'),
  'From bookings@talent.example Thu Mar  5 14:00:00 2026',
  AGENCY_MENTIONS_MIA.replaceAll('\r\n', '\n'),
  'From news@kitchenweekly.example Thu Mar  5 07:00:00 2026',
  NEWSLETTER.replaceAll('\r\n', '\n'),
  'From ana@lumen.example Thu Mar  5 10:00:00 2026',
  'From: Ana Lopez <ana@lumen.example>',
  'To: mia@example.com',
  'Subject: Draft without an id',
  'Date: Thu, 05 Mar 2026 10:00:00 +0000',
  '',
  'Sent from a client that writes no Message-ID.',
  '',
  'From mia@example.com Sat Mar  7 20:15:00 +0100 2026',
  'From: Mia Chen <mia@example.com>',
  'To: ana@lumen.example',
  'Subject: Shoot went well',
  'Message-ID: <undated-1@example.com>',
  '',
  '>From the first take the skillet looked great.',
  '>>From here on, mboxrd keeps one quote more.',
  '',
].join('\n');
