import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snapshot } from '../../testing/context';
import { AGENCY_MENTIONS_MIA, TOM_AFTER_THE_DEAL } from '../../testing/mailFixtures';
import { mailWorkspace } from '../../testing/mailWorkspace';

/*
 * The unassigned tray: mail the app could not place by itself waits there until the brand places
 * it on a collaboration (logged then, once) or leaves it out.
 */

let w: ReturnType<typeof mailWorkspace>;
beforeEach(() => {
  w = mailWorkspace('2026-03-10T12:00:00.000Z');
});
afterEach(() => w.ctx.cleanup());

const waiting = () => w.api.ok('mail.unassigned.list', {});

describe('placing a waiting mail', () => {
  it('logs it on the chosen collaboration with its Message-ID, and the agency’s address becomes the suggested creator’s', async () => {
    await w.importMail([['rates.eml', AGENCY_MENTIONS_MIA]]);
    const [mail] = waiting();
    w.ctx.clock.set('2026-03-10T12:05:00.000Z');
    const placed = w.api.ok('mail.unassigned.assign', { id: mail!.id, collaborationId: w.miaDeal });
    expect(placed).toEqual({ mail: { ...mail, settledAt: '2026-03-10T12:05:00.000Z' }, eventId: expect.any(Number), addressAdded: true });
    expect(w.messages(w.miaDeal)).toEqual([
      expect.objectContaining({
        id: placed.eventId,
        at: '2026-03-05T14:00:00.000Z',
        externalId: { source: 'mail', id: '<rates-42@talent.example>' },
        data: {
          direction: 'creator_to_brand',
          channel: 'email',
          subject: 'Rates for @mia.makes',
          text: 'Hello, we now represent @mia.makes. Her rates for the spring are below; please send contracts to this address.',
        },
      }),
    ]);
    // A creator's message after nothing from the brand: the brand's turn.
    expect(w.card(w.miaDeal)).toMatchObject({ waitingOn: 'brand' });
    expect(waiting()).toEqual([]);
    expect(w.api.ok('influencers.get', { id: w.mia }).otherEmails).toEqual(['mia.studio@example.net', 'bookings@talent.example']);

    // Imported again: already logged. The agency's next mail is Mia's by itself.
    expect(await w.importMail([['rates.eml', AGENCY_MENTIONS_MIA]])).toMatchObject({ read: 1, alreadyLogged: 1, unassigned: 0, logged: [] });
    const next = AGENCY_MENTIONS_MIA.replace('<rates-42@', '<rates-43@').replace('Subject: Rates for @mia.makes', 'Subject: Contract signed');
    expect((await w.importMail([['next.eml', next]])).logged).toEqual([{ collaborationId: w.miaDeal, creatorId: w.mia, creatorName: 'Mia Chen', count: 1 }]);
  });

  it('keeps the address unknown when asked to, or when the mail goes to another creator than the one it named', async () => {
    await w.importMail([['rates.eml', AGENCY_MENTIONS_MIA]]);
    const second = AGENCY_MENTIONS_MIA.replace('<rates-42@', '<rates-44@');
    await w.importMail([['second.eml', second]]);
    const [newest, oldest] = waiting();
    expect(w.api.ok('mail.unassigned.assign', { id: oldest!.id, collaborationId: w.miaDeal, rememberAddress: false }).addressAdded).toBe(false);
    expect(w.api.ok('mail.unassigned.assign', { id: newest!.id, collaborationId: w.linDeal }).addressAdded).toBe(false);
    expect(w.messages(w.linDeal)).toHaveLength(1);
    expect(w.api.ok('influencers.get', { id: w.mia }).otherEmails).toEqual(['mia.studio@example.net']);
    expect(w.api.ok('influencers.get', { id: w.lin }).otherEmails).toEqual([]);
  });

  it('puts a known creator’s mail only on one of their collaborations', async () => {
    await w.importMail([['tom.eml', TOM_AFTER_THE_DEAL]]);
    const [mail] = waiting();
    expect(mail).toMatchObject({ creator: { id: w.tom, name: 'Tom Baker' }, suggestedCreator: null });
    const before = snapshot(w.ctx);
    expect(w.api.refused('mail.unassigned.assign', { id: mail!.id, collaborationId: w.miaDeal })).toMatchObject({
      code: 'BAD_INPUT',
      issues: [{ path: ['collaborationId'], message: 'This mail is Tom Baker’s; place it on one of Tom Baker’s collaborations' }],
    });
    expect(snapshot(w.ctx)).toEqual(before);
    const summer = w.api.ok('collaborations.create', { creatorId: w.tom, stage: 'prospect' }).id;
    expect(w.api.ok('mail.unassigned.assign', { id: mail!.id, collaborationId: summer })).toMatchObject({ addressAdded: false, mail: { creator: { id: w.tom } } });
    expect(w.messages(summer)).toMatchObject([{ data: { direction: 'creator_to_brand', subject: 'Another collab?' } }]);
  });
});

describe('leaving a waiting mail out', () => {
  it('dismissed, it is not logged, and not taken again when imported again', async () => {
    await w.importMail([['rates.eml', AGENCY_MENTIONS_MIA]]);
    const [mail] = waiting();
    const dismissed = w.api.ok('mail.unassigned.dismiss', { id: mail!.id });
    expect(dismissed).toEqual({ ...mail, settledAt: '2026-03-10T12:00:00.000Z' });
    expect(waiting()).toEqual([]);
    expect(w.messages(w.miaDeal)).toEqual([]);
    const before = snapshot(w.ctx);
    expect(await w.importMail([['rates.eml', AGENCY_MENTIONS_MIA]])).toMatchObject({ read: 1, dismissed: 1, unassigned: 0, logged: [] });
    expect(snapshot(w.ctx)).toEqual(before);
  });

  it('refuses what is settled already or does not exist, changing nothing', async () => {
    await w.importMail([['rates.eml', AGENCY_MENTIONS_MIA], ['tom.eml', TOM_AFTER_THE_DEAL]]);
    const [tom, agency] = waiting();
    w.api.ok('mail.unassigned.dismiss', { id: agency!.id });
    const summer = w.api.ok('collaborations.create', { creatorId: w.tom, stage: 'prospect' }).id;
    w.api.ok('mail.unassigned.assign', { id: tom!.id, collaborationId: summer });
    const before = snapshot(w.ctx);
    expect(w.api.refused('mail.unassigned.dismiss', { id: agency!.id })).toMatchObject({ code: 'CONFLICT', message: 'This mail was already dismissed.' });
    expect(w.api.refused('mail.unassigned.assign', { id: agency!.id, collaborationId: w.miaDeal })).toMatchObject({ code: 'CONFLICT', message: 'This mail was already dismissed.' });
    expect(w.api.refused('mail.unassigned.dismiss', { id: tom!.id })).toMatchObject({ code: 'CONFLICT', message: 'This mail was already placed on a collaboration.' });
    expect(w.api.refused('mail.unassigned.dismiss', { id: 99 })).toMatchObject({ code: 'NOT_FOUND', message: 'Unassigned mail #99 does not exist.' });
    expect(w.api.refused('mail.unassigned.assign', { id: tom!.id, collaborationId: 99 })).toMatchObject({ code: 'CONFLICT' });
    expect(snapshot(w.ctx)).toEqual(before);
  });
});
