import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/createI18n';
import { SuggestionWhy } from './schemas';
import { type ConversationState, suggestNext } from './suggest';
import { type Say, suggestionText } from './suggestWords';

const english = translator('en') as unknown as Say;

const NOW = new Date('2026-03-05T10:00:00.000Z');
const ZONE = 'Europe/Amsterdam';
const base: ConversationState = {
  stage: 'in_production',
  awaitingReplySince: null,
  lastReplyAt: '2026-03-01T09:00:00.000Z',
  creatorStuck: false,
  remindersSinceReply: 0,
  rungsSinceReply: [],
  replySlaHours: 24,
  productReceivedOn: '2026-03-01',
  nextDeadline: { name: 'Script', dueDate: '2026-03-08', dueAt: '2026-03-08T22:59:59.999Z', daysLate: 0 },
  deliveredSinceAwaiting: false,
  terminationAvailable: false,
};
const late = { name: 'Final video published', dueDate: '2026-03-03', dueAt: '2026-03-03T22:59:59.999Z', daysLate: 2 };
const soon = { name: 'Script', dueDate: '2026-03-06', dueAt: '2026-03-06T22:59:59.999Z', daysLate: 0 };
const waiting = (since: string, reminders = 1, rungs: string[] = []) => ({ awaitingReplySince: since, remindersSinceReply: reminders, rungsSinceReply: rungs });

describe('the next rung of the follow-up ladder', () => {
  it.each<[string, Partial<ConversationState>, string | null, string]>([
    ['SLA breached once → warm check-in', waiting('2026-03-03T06:00:00.000Z'), 'warm_checkin', 'No reply for 52 h after your message of 3 Mar, 07:00; the reply time is 24 h.'],
    ['within the reply time → wait', waiting('2026-03-05T01:00:00.000Z'), null, 'Waiting for a reply to your message of 5 Mar, 02:00; the reply time is 24 h.'],
    ['replies but a milestone is late → caring inquiry', { nextDeadline: late }, 'caring_inquiry', 'They reply, but Final video published is 2 days late (due 3 Mar 2026).'],
    ['replies but a milestone is due within 48 h → caring inquiry', { nextDeadline: soon }, 'caring_inquiry', 'They reply, but Script is due 6 Mar 2026.'],
    ['2 reminders, no progress, deadline passed → gentle pressure', { ...waiting('2026-03-04T09:00:00.000Z', 2), nextDeadline: late }, 'gentle_pressure', '2 messages since 4 Mar, 10:00 and no progress; Final video published is 2 days late (due 3 Mar 2026).'],
    ['2 reminders but something was delivered since → warm check-in', { ...waiting('2026-03-04T09:00:00.000Z', 2), nextDeadline: late, deliveredSinceAwaiting: true }, 'warm_checkin', 'No reply for 25 h after your message of 4 Mar, 10:00; the reply time is 24 h.'],
    ['they said they are stuck → support offer', { creatorStuck: true }, 'support_offer', 'They said they are stuck on script: offer material and someone to talk to.'],
    ['stuck, and support was offered → back to the ladder', { creatorStuck: true, nextDeadline: late, rungsSinceReply: ['support_offer'] }, 'caring_inquiry', 'They reply, but Final video published is 2 days late (due 3 Mar 2026).'],
    ['no reply for 7 days → lost contact (a)', waiting('2026-02-26T10:00:00.000Z', 1), 'lost_contact_comment', 'No reply for 7 days after your message of 26 Feb, 11:00: try another way in.'],
    ['3 reminders without a reply → lost contact (a)', waiting('2026-03-04T09:00:00.000Z', 3), 'lost_contact_comment', '3 messages since 4 Mar, 10:00 without a reply: try another way in.'],
    ['lost contact, comment tried → goodwill (b)', waiting('2026-02-20T10:00:00.000Z', 4, ['warm_checkin', 'lost_contact_comment']), 'lost_contact_goodwill', 'No reply for 13 days after your message of 20 Feb, 11:00: try another way in.'],
    ['lost contact, a and b tried → formal notice (c)', waiting('2026-02-20T10:00:00.000Z', 5, ['lost_contact_comment', 'lost_contact_goodwill']), 'formal_notice', 'No reply for 13 days after your message of 20 Feb, 11:00: try another way in.'],
    ['termination available → formal notice', { nextDeadline: { ...late, daysLate: 10 }, terminationAvailable: true }, 'formal_notice', 'Final video published is 10 days late (due 3 Mar 2026): the contract now lets you end the collaboration, so put it in writing.'],
    ['a gift ghosted after its last follow-up → lost contact (a)', { ghosted: true, nextDeadline: null, productReceivedOn: '2026-02-10' }, 'lost_contact_comment', 'The gift arrived on 10 Feb 2026 and no post has come after the last follow-up: try another way in.'],
    ['a ghosted gift, comment tried → goodwill (b)', { ghosted: true, nextDeadline: null, productReceivedOn: '2026-02-10', rungsSinceReply: ['lost_contact_comment'] }, 'lost_contact_goodwill', 'The gift arrived on 10 Feb 2026 and no post has come after the last follow-up: try another way in.'],
    ['a ghosted gift, a and b tried → no formal notice without a clause', { ghosted: true, nextDeadline: null, productReceivedOn: '2026-02-10', rungsSinceReply: ['lost_contact_comment', 'lost_contact_goodwill'] }, null, 'The gift arrived on 10 Feb 2026 and no post has come after the last follow-up, and every step has been tried. Consider letting this one go politely.'],
    ['prospect never contacted → first outreach', { stage: 'prospect', lastReplyAt: null, nextDeadline: null }, 'first_outreach', 'Not contacted yet: introduce yourself and the idea.'],
    ['contract sent → contract reminder', { stage: 'contract_sent', nextDeadline: null }, 'contract_reminder', 'The contract is with the creator: a friendly reminder to read and sign it.'],
    ['product received → did it arrive', { stage: 'product_received', nextDeadline: null }, 'did_it_arrive', 'The product arrived on 1 Mar 2026: check it is all right and say what comes next.'],
    ['did it arrive already sent → nothing', { stage: 'product_received', nextDeadline: null, rungsSinceReply: ['did_it_arrive'] }, null, 'Nothing to send now: the creator is not late and nobody is waiting for a reply.'],
    ['published → thank you', { stage: 'published', nextDeadline: null }, 'thank_you', 'It is live: say thank you and ask them to rate the collaboration.'],
    ['a check-in due, no word since the product arrived → check-in', { checkIn: { dueOn: '2026-03-02', occurrence: 1, arrivedOn: '2026-03-01', lastContactOn: null } }, 'check_in', 'The product arrived on 1 Mar 2026: time for a friendly check-in. Ask how it is going and whether they need anything.'],
    ['a check-in due a week after the last word → check-in', { checkIn: { dueOn: '2026-03-05', occurrence: 13, arrivedOn: '2026-02-20', lastContactOn: '2026-02-26' } }, 'check_in', 'You last spoke 7 days ago: time for a friendly check-in. Ask how it is going and whether they need anything.'],
    ['a check-in due while waiting for a reply → the wait comes first', { ...waiting('2026-03-05T01:00:00.000Z'), checkIn: { dueOn: '2026-03-05', occurrence: 4, arrivedOn: '2026-03-01', lastContactOn: null } }, null, 'Waiting for a reply to your message of 5 Mar, 02:00; the reply time is 24 h.'],
    ['a check-in due but a milestone slips → caring inquiry', { nextDeadline: late, checkIn: { dueOn: '2026-03-05', occurrence: 4, arrivedOn: '2026-03-01', lastContactOn: null } }, 'caring_inquiry', 'They reply, but Final video published is 2 days late (due 3 Mar 2026).'],
    ['on track → nothing', {}, null, 'Nothing to send now: the creator is not late and nobody is waiting for a reply.'],
  ])('%s', (_label, change, kind, reason) => {
    const next = suggestNext({ ...base, ...change }, NOW, ZONE);
    expect(SuggestionWhy.parse(next.why)).toEqual(next.why);
    expect(next.kind).toBe(kind);
    expect(suggestionText(next.why, english, 'en-GB')).toBe(reason);
  });
});
