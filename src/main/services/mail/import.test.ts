import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAIL_MAX_BYTES } from '../../../shared/mail/schemas';
import { snapshot } from '../../testing/context';
import {
  AGENCY_MENTIONS_MIA,
  BRAND_TO_MIA,
  BRAND_TO_MIA_CC_LIN,
  FROM_THE_FUTURE,
  INBOX_MBOX,
  LIN_GBK,
  LIN_HTML_ONLY,
  MIA_REPLY,
  MIA_SECOND_ADDRESS,
  NEWSLETTER,
  TOM_AFTER_THE_DEAL,
} from '../../testing/mailFixtures';
import { mailWorkspace } from '../../testing/mailWorkspace';

/*
 * Mail dropped on the app as .eml files or an .mbox export: each message to or from a creator is
 * logged once, on the right collaboration, and the reply clock follows by itself.
 */

let w: ReturnType<typeof mailWorkspace>;
beforeEach(() => {
  w = mailWorkspace('2026-03-04T12:00:00.000Z');
});
afterEach(() => w.ctx.cleanup());

const none = { logged: [], alreadyLogged: 0, unassigned: 0, alreadyWaiting: 0, dismissed: 0, skipped: 0, unreadable: [] };

describe('importing mail', () => {
  it('logs the brand’s mail and the creator’s reply to it: the card goes from waiting for her to the brand’s turn', async () => {
    const first = await w.importMail([['Spring kitchen launch.eml', BRAND_TO_MIA]]);
    expect(first).toEqual({ ...none, read: 1, logged: [{ collaborationId: w.miaDeal, creatorId: w.mia, creatorName: 'Mia Chen', count: 1 }] });
    expect(w.messages(w.miaDeal)).toEqual([
      expect.objectContaining({
        type: 'message',
        at: '2026-03-02T09:00:00.000Z',
        creatorId: w.mia,
        externalId: { source: 'mail', id: '<brand-1@lumen.example>' },
        data: {
          direction: 'brand_to_creator',
          channel: 'email',
          subject: 'Spring kitchen launch',
          text: 'Hi Mia, We would love you to cook with our new cast-iron skillet. Could you film one reel by the end of March? Best, Ana',
        },
      }),
    ]);
    // Two days without an answer: past the 24 hours a reply is due in.
    expect(w.card(w.miaDeal)).toMatchObject({ waitingOn: 'creator', waitingSince: '2026-03-02T09:00:00.000Z', health: 'no_reply' });

    w.ctx.clock.set('2026-03-05T09:00:00.000Z');
    const reply = await w.importMail([['Re Spring kitchen launch.eml', MIA_REPLY]]);
    expect(reply.logged).toEqual([{ collaborationId: w.miaDeal, creatorId: w.mia, creatorName: 'Mia Chen', count: 1 }]);
    expect(w.messages(w.miaDeal).at(-1)).toMatchObject({
      at: '2026-03-04T17:30:00.000Z',
      externalId: { source: 'mail', id: '<CAF7xq=reply-1@mail.gmail.com>' },
      // What she wrote, without the mail she quoted.
      data: { direction: 'creator_to_brand', channel: 'email', subject: 'Re: Spring kitchen launch', text: 'Hi Ana, Yes, I’d love to! The skillet arrived and I’m filming on Friday. Mia' },
    });
    expect(w.card(w.miaDeal)).toMatchObject({ waitingOn: 'brand', waitingSince: '2026-03-04T17:30:00.000Z', health: 'on_track' });
  });

  it('puts a reply on the collaboration its thread is on, mail without a thread on the most recent open one, and mail dropped on a card on that card', async () => {
    w.ctx.clock.set('2026-03-04T13:00:00.000Z');
    const newer = w.api.ok('collaborations.create', { creatorId: w.mia, stage: 'negotiating' }).id;
    // Dropped on the older card: there it goes, though the newer one is her most recent.
    expect((await w.importMail([['first.eml', BRAND_TO_MIA]], w.miaDeal)).logged).toMatchObject([{ collaborationId: w.miaDeal }]);
    w.ctx.clock.set('2026-03-10T12:00:00.000Z');
    expect((await w.importMail([['reply.eml', MIA_REPLY]])).logged).toMatchObject([{ collaborationId: w.miaDeal }]);
    // From her second address, written in other capitals, with no thread: her most recent open collaboration.
    expect((await w.importMail([['draft.eml', MIA_SECOND_ADDRESS]])).logged).toMatchObject([{ collaborationId: newer, count: 1 }]);
    // Another creator's mail dropped on Mia's card keeps its own place.
    expect((await w.importMail([['lin.eml', LIN_GBK]], w.miaDeal)).logged).toMatchObject([{ collaborationId: w.linDeal, creatorName: 'Lin Wei' }]);
  });

  it('reads a GBK mail from a Chinese mail service and an HTML body beside an attachment', async () => {
    w.ctx.clock.set('2026-03-10T12:00:00.000Z');
    const summary = await w.importMail([
      ['样品收到了.eml', LIN_GBK],
      ['photos.eml', LIN_HTML_ONLY],
    ]);
    expect(summary).toEqual({ ...none, read: 2, logged: [{ collaborationId: w.linDeal, creatorId: w.lin, creatorName: 'Lin Wei', count: 2 }] });
    expect(w.messages(w.linDeal).map((e) => e.type === 'message' && e.data)).toEqual([
      { direction: 'creator_to_brand', channel: 'email', subject: '样品收到了', text: 'Ana，你好！ 样品已经收到了，质量很好。我下周开始拍摄。' },
      { direction: 'creator_to_brand', channel: 'email', subject: 'Photos from the shoot', text: 'Hi Ana, Here are the photos from the shoot & the caption.' },
    ]);
  });

  it('takes an mbox export mail by mail, reports the one it cannot log, and logs nothing the second time', async () => {
    w.ctx.clock.set('2026-03-10T12:00:00.000Z');
    const summary = await w.importMail([['Inbox.mbox', INBOX_MBOX]]);
    expect(summary).toEqual({
      read: 5,
      logged: [{ collaborationId: w.miaDeal, creatorId: w.mia, creatorName: 'Mia Chen', count: 2 }],
      alreadyLogged: 0,
      unassigned: 1,
      alreadyWaiting: 0,
      dismissed: 0,
      skipped: 1,
      unreadable: [{ file: 'Inbox.mbox', index: 4, messageId: null, subject: 'Draft without an id', reason: 'no_message_id' }],
    });
    expect(w.messages(w.miaDeal).map((e) => [e.at, e.type === 'message' && e.data.text])).toEqual([
      ['2026-03-06T09:00:00.000Z', 'The first draft is in the shared folder. Let me know what you think!'],
      // No Date header: dated by its "From " line; ">From" in the body read back as "From".
      ['2026-03-07T19:15:00.000Z', 'From the first take the skillet looked great.'],
    ]);
    expect(w.api.ok('mail.unassigned.list', {})).toMatchObject([{ messageId: '<rates-42@talent.example>', creator: null, suggestedCreator: { id: w.mia, name: 'Mia Chen' } }]);

    const before = snapshot(w.ctx);
    const again = await w.importMail([['Inbox.mbox', INBOX_MBOX]]);
    expect(again).toEqual({ ...summary, logged: [], alreadyLogged: 2, unassigned: 0, alreadyWaiting: 1 });
    expect(snapshot(w.ctx)).toEqual(before);
  });

  it('logs a mail to several creators once, on the first one it is addressed to', async () => {
    w.ctx.clock.set('2026-03-10T12:00:00.000Z');
    expect((await w.importMail([['together.eml', BRAND_TO_MIA_CC_LIN]])).logged).toEqual([{ collaborationId: w.miaDeal, creatorId: w.mia, creatorName: 'Mia Chen', count: 1 }]);
    expect(w.messages(w.linDeal)).toEqual([]);
  });

  it('keeps waiting what has no open collaboration to go on: a creator whose deal is over, mail from long before the deal', async () => {
    w.ctx.clock.set('2026-03-10T12:00:00.000Z');
    const old = BRAND_TO_MIA.replace('Mon, 02 Mar 2026', 'Fri, 09 Jan 2026').replace('<brand-1@', '<brand-0@');
    const summary = await w.importMail([
      ['tom.eml', TOM_AFTER_THE_DEAL],
      ['january.eml', old],
      ['news.eml', NEWSLETTER],
    ]);
    expect(summary).toEqual({ ...none, read: 3, unassigned: 2, skipped: 1 });
    expect(w.api.ok('mail.unassigned.list', {})).toMatchObject([
      { messageId: '<tom-9@example.com>', direction: 'creator_to_brand', creator: { id: w.tom, name: 'Tom Baker' }, suggestedCreator: null, subject: 'Another collab?', snippet: 'Hi Ana, would you like to do another video this summer?' },
      { messageId: '<brand-0@lumen.example>', direction: 'brand_to_creator', creator: { id: w.mia }, fromAddress: 'ana@lumen.example', toAddresses: ['mia@example.com'] },
    ]);
    expect(w.messages(w.tomDeal)).toEqual([]);
    expect(w.messages(w.miaDeal)).toEqual([]);
  });

  it('does not log a mail dated in the future, saying why', async () => {
    const before = snapshot(w.ctx);
    expect(await w.importMail([['future.eml', FROM_THE_FUTURE]])).toEqual({
      ...none,
      read: 1,
      unreadable: [{ file: 'future.eml', index: 1, messageId: '<future-1@example.com>', subject: 'Clock trouble', reason: 'date_in_future' }],
    });
    expect(snapshot(w.ctx)).toEqual(before);
  });

  it('takes mail read elsewhere, given as values, the same way', () => {
    const agency = { messageId: 'rates-42@talent.example', from: 'Bookings@Talent.example', to: ['partnerships@lumen.example'], subject: 'Rates for @mia.makes', text: 'We now represent @mia.makes.', sentAt: '2026-03-03T14:00:00+00:00' };
    const mine = { messageId: '<brand-1@lumen.example>', from: 'ana@lumen.example', to: ['Mia@Example.com'], sentAt: '2026-03-02T10:00:00+01:00' };
    expect(w.api.ok('mail.take', { messages: [agency, mine] })).toEqual({ ...none, read: 2, unassigned: 1, logged: [{ collaborationId: w.miaDeal, creatorId: w.mia, creatorName: 'Mia Chen', count: 1 }] });
    // The Message-ID given without its angle brackets is the same mail.
    expect(w.api.ok('mail.take', { messages: [{ ...agency, messageId: '<rates-42@talent.example>' }] })).toEqual({ ...none, read: 1, alreadyWaiting: 1 });
    expect(w.messages(w.miaDeal)).toMatchObject([{ at: '2026-03-02T09:00:00.000Z', data: { text: '' } }]);
  });
});

describe('what an import refuses, changing nothing', () => {
  it('files larger than 50 MB together', async () => {
    const before = snapshot(w.ctx);
    // Two files of 26 MB each (as base64, a third more).
    const part = 'A'.repeat(Math.ceil((MAIL_MAX_BYTES / 2 + 1_000_000) / 3) * 4);
    const error = await w.importRefused({ files: [{ name: 'a.mbox', base64: part }, { name: 'b.mbox', base64: part }] });
    expect(error).toMatchObject({ code: 'BAD_INPUT', issues: [{ path: ['files'], message: 'These files come to more than 50 MB together; import a smaller export, or a few files at a time' }] });
    expect(snapshot(w.ctx)).toEqual(before);
  });

  it('a file that is not mail, also beside one that is', async () => {
    const before = snapshot(w.ctx);
    const photo = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    for (const files of [w.files([['photo.eml', photo]]), w.files([['spring.eml', BRAND_TO_MIA], ['shopping list.eml', 'Shopping list\n\nmilk, eggs, flour\n']])]) {
      const error = await w.importRefused({ files });
      const name = files.at(-1)!.name;
      const sentence = `${name} is not an email (.eml) or a mailbox export (.mbox); nothing was imported`;
      expect(error).toMatchObject({ code: 'BAD_INPUT', message: sentence, issues: [{ path: ['files', files.length - 1, 'base64'], message: sentence }] });
      expect(snapshot(w.ctx)).toEqual(before);
    }
  });

  it('no files, a card that does not exist', async () => {
    const before = snapshot(w.ctx);
    expect(await w.importRefused({ files: [] })).toMatchObject({ code: 'BAD_INPUT', message: 'files: Choose at least one .eml or .mbox file' });
    expect(await w.importRefused({ files: w.files([['spring.eml', BRAND_TO_MIA]]), collaborationId: 999 })).toMatchObject({ code: 'NOT_FOUND', message: 'Collaboration #999 does not exist.' });
    expect(snapshot(w.ctx)).toEqual(before);
  });
});

describe('mail the app had not seen', () => {
  it('from an unknown address naming no creator, is left out; naming one, waits with “is this …?”', async () => {
    w.ctx.clock.set('2026-03-10T12:00:00.000Z');
    expect(await w.importMail([['news.eml', NEWSLETTER], ['rates.eml', AGENCY_MENTIONS_MIA]])).toEqual({ ...none, read: 2, skipped: 1, unassigned: 1 });
    expect(w.api.ok('mail.unassigned.list', {})).toEqual([
      {
        id: expect.any(Number),
        messageId: '<rates-42@talent.example>',
        direction: 'creator_to_brand',
        creator: null,
        suggestedCreator: { id: w.mia, name: 'Mia Chen' },
        fromAddress: 'bookings@talent.example',
        toAddresses: ['partnerships@lumen.example'],
        subject: 'Rates for @mia.makes',
        snippet: 'Hello, we now represent @mia.makes. Her rates for the spring are below; please send contracts to this address.',
        sentAt: '2026-03-05T14:00:00.000Z',
        createdAt: '2026-03-10T12:00:00.000Z',
        settledAt: null,
      },
    ]);
  });
});
