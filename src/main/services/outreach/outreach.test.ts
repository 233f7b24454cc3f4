import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseReference } from '../../../shared/accountability/chainRef';
import { verifyChain } from '../../db/eventChain';
import { contracted } from '../../testing/contracted';
import { snapshot, testContext } from '../../testing/context';
import { expectAppError } from '../../testing/expectAppError';
import { updateCollaboration } from '../collaborations';
import { renderContractFor } from '../contracts';
import { updateCreator } from '../influencers';
import { logEvent, logSent } from '../events';
import { updateSettings } from '../settingsUpdate';
import { composeMessage } from './compose';
import { listDeadlines } from '../deadlineList';
import { formatIsoDate } from '../../../shared/dates';
import { deliverableWords } from '../../../shared/outreach/deliverableWords';
import { listNudges, suggestFor } from './suggest';
import { deleteTemplate, listTemplates, saveTemplate } from './templates';

let ctx: ReturnType<typeof testContext>;
let mia: { collaborationId: number; creatorId: number };
beforeEach(() => {
  ctx = testContext('2026-03-25T10:00:00.000Z');
  updateSettings(ctx, { timeZone: 'Europe/Amsterdam', brandName: 'Lumen', senderName: 'Ana' });
  mia = contracted(ctx, { creatorName: 'Mia Chen', productReceivedOn: '2026-03-02', milestones: ['publish'] });
  updateCollaboration(ctx, { id: mia.collaborationId, product: 'Glow serum' });
});
afterEach(() => ctx.cleanup());

const suggest = (asOf?: string) => suggestFor(ctx, { collaborationId: mia.collaborationId, asOf });

describe('the outreach composer', () => {
  it('fills a template from the collaboration, its contract and the settings, formatted for its language', () => {
    const en = composeMessage(ctx, { collaborationId: mia.collaborationId, templateId: 'builtin:formal_notice.en' });
    expect(en.body.text).toContain('Mia Chen');
    expect(en.body.text).toContain('22 Mar 2026');
    expect(en.body.text).toContain('€150');
    // The clause number is the one the contract in force prints.
    expect(en.body.text).toContain('clause 6 (Late delivery)');
    expect(renderContractFor(ctx, { collaborationId: mia.collaborationId, version: 1 }).html).toContain('<span class="num">6.</span> Late delivery');
    expect(en.body.text).toContain('Ana');
    const nl = composeMessage(ctx, { collaborationId: mia.collaborationId, templateId: 'builtin:formal_notice.nl' });
    expect(nl.body.text).toContain('22 mrt 2026');
    expect(nl.body.text).toMatch(/€\s150/);
    const zh = composeMessage(ctx, { collaborationId: mia.collaborationId, templateId: 'builtin:formal_notice.zh' });
    expect(zh.body.text).toContain('2026年3月22日');
    // The clause in the creator's language, and as the (English) contract prints it.
    expect(zh.body.text).toContain('第 6 条（逾期交付 / Late delivery）');
    expect(nl.body.text).toContain('artikel 6 (Te late levering / Late delivery)');
    // The preset's milestone is named in the message's language, not left in English.
    expect(en.subject.text).toBe('Formal notice: the final video is 3 days late');
    expect(nl.subject.text).toBe('Formele kennisgeving: de definitieve video is 3 dagen te laat');
    expect(zh.subject.text).toBe('正式通知：正式视频已逾期3天');
  });

  it('ends every message with the history’s seal in the template’s language, which checks out once the creator has it', () => {
    ctx.clock.set('2026-03-25T14:02:45.000Z');
    logEvent(ctx, { collaborationId: mia.collaborationId, type: 'note', text: 'Called her, no answer' });
    const head = ctx.db.$client.prepare<[], { id: number; hash: string }>('SELECT id, hash FROM events ORDER BY id DESC LIMIT 1').get()!;
    const seal = head.hash.slice(0, 16);
    const lines = { en: `Ref. ${seal} · 2026-03-25 14:02 UTC`, nl: `Kenmerk ${seal} · 2026-03-25 14:02 UTC`, zh: `参考编号 ${seal} · 2026-03-25 14:02 UTC` };
    for (const [language, line] of Object.entries(lines)) {
      const notice = composeMessage(ctx, { collaborationId: mia.collaborationId, templateId: `builtin:formal_notice.${language}` });
      expect(notice.reference).toBe(line);
      expect(notice.body.text.endsWith(`\n\n${line}`)).toBe(true);
      expect(notice.body.segments.at(-1)).toEqual({ text: `\n\n${line}` });
    }
    const checkin = composeMessage(ctx, { collaborationId: mia.collaborationId, templateId: 'builtin:warm_checkin.en' });
    expect(checkin.body.text.endsWith(lines.en)).toBe(true);

    // Sending it moves the history on; the reference the creator holds still checks out.
    const notice = composeMessage(ctx, { collaborationId: mia.collaborationId, templateId: 'builtin:formal_notice.en' });
    logSent(ctx, { collaborationId: mia.collaborationId, channel: 'email', subject: notice.subject.text, body: notice.body.text, kind: 'formal_notice' });
    const check = verifyChain(ctx.db.$client, parseReference(notice.body.text)!);
    expect(check.reference).toMatchObject({ result: 'confirmed', eventId: head.id });
  });

  it('speaks of the deadline it is asked about, not the most urgent one, and only of this collaboration\'s', () => {
    const lin = contracted(ctx, { creatorName: 'Lin', productReceivedOn: '2026-03-02' });
    const deadlines = listDeadlines(ctx, { collaborationId: lin.collaborationId, openOnly: false }).deadlines.filter((d) => d.party === 'creator');
    const compose = (milestoneId?: number) => composeMessage(ctx, { collaborationId: lin.collaborationId, templateId: 'builtin:deadline_reminder.en', milestoneId }).subject.text;
    const [urgent, other] = [deadlines[0]!, deadlines.at(-1)!];
    expect(urgent.id).not.toBe(other.id);
    expect(compose()).toContain(formatIsoDate(urgent.dueDate!));
    expect(compose(other.id)).toBe(`Friendly reminder: ${deliverableWords(other.name, 'en')} is due on ${formatIsoDate(other.dueDate!)}`);
    const miaDeadline = listDeadlines(ctx, { collaborationId: mia.collaborationId, openOnly: false }).deadlines[0]!;
    const refused = expectAppError(() => compose(miaDeadline.id), 'BAD_INPUT');
    expect(refused.issues?.[0]).toMatchObject({ path: ['milestoneId'], message: `Deadline ${miaDeadline.id} belongs to another collaboration` });
  });

  it('lists the values it does not have and keeps their placeholders in the text', () => {
    const comment = composeMessage(ctx, { collaborationId: mia.collaborationId, templateId: 'builtin:lost_contact_comment.en' });
    expect(comment.missing).toEqual(['latest_post_topic']);
    expect(comment.body.text).toContain('{latest_post_topic}');
  });

  it('the SLA clock: a logged brand message starts it, a breach suggests a warm check-in, a reply stops it', () => {
    ctx.clock.set('2026-03-20T09:00:00.000Z');
    logSent(ctx, { collaborationId: mia.collaborationId, channel: 'email', subject: 'Hi', body: 'How is the video going?', kind: 'did_it_arrive' });
    expect(suggest('2026-03-20T20:00:00.000Z')).toMatchObject({ kind: null, reason: expect.stringContaining('Waiting for a reply') });
    expect(suggest('2026-03-21T11:00:00.000Z')).toMatchObject({
      kind: 'warm_checkin',
      templateId: 'builtin:warm_checkin.en',
      reason: 'No reply for 26 h after your message of 20 Mar, 10:00; the reply time is 24 h.',
    });
    ctx.clock.set('2026-03-21T12:00:00.000Z');
    logEvent(ctx, { collaborationId: mia.collaborationId, type: 'message', direction: 'creator_to_brand', channel: 'dm', text: 'Filming this weekend!' });
    expect(suggest('2026-03-21T12:30:00.000Z').reason).not.toContain('reply time');
  });

  it('suggests in the creator’s language, and the nudges view lists who needs a message', () => {
    updateCreator(ctx, { id: mia.creatorId, language: 'zh-CN' });
    // Nobody has written since the product arrived on 2 March: the check-in rhythm asks for a word.
    const s = suggest();
    expect(s).toMatchObject({ language: 'zh', kind: 'check_in', templateId: 'builtin:check_in.zh', why: { code: 'check_in_arrived', arrivedOn: '2026-03-02' } });
    ctx.clock.set('2026-03-24T09:00:00.000Z');
    logEvent(ctx, { collaborationId: mia.collaborationId, type: 'message', direction: 'creator_to_brand', channel: 'dm', text: 'Almost done!' });
    expect(suggest()).toMatchObject({ language: 'zh', kind: 'caring_inquiry', templateId: 'builtin:caring_inquiry.zh' });
    expect(listNudges(ctx, {}).map((n) => [n.collaborationId, n.kind])).toEqual([[mia.collaborationId, 'caring_inquiry']]);
  });
});

describe('the formal notice', () => {
  // Product received 2 March: feedback due 5 Mar (no deduction), script 9 Mar, draft 17 Mar, video 22 Mar.
  // €1,000 fee, 5 % a day, cap 50 %, no grace days, termination after 10 days.
  let lin: { collaborationId: number };
  beforeEach(() => {
    lin = contracted(ctx, { creatorName: 'Lin', productReceivedOn: '2026-03-02' });
  });
  const notice = (language: 'en' | 'zh' | 'nl', asOf: string) =>
    composeMessage(ctx, { collaborationId: lin.collaborationId, templateId: `builtin:formal_notice.${language}`, asOf });

  it('cites the late deliverable the deduction runs on, not a later-due or non-deductible one, with what the clause allows so far', () => {
    // 11 March: the feedback is 6 days late but costs nothing; the script is 2 days late.
    const en = notice('en', '2026-03-11T10:00:00.000Z');
    expect(en.subject.text).toBe('Formal notice: the script is 2 days late');
    expect(en.body.text).toContain('the script was due on 9 Mar 2026');
    expect(en.body.text).not.toContain('feedback');
    expect(en.body.text).toContain('the deduction from the fee so far is €100. It grows by €50 with each further day of delay, up to the agreed cap of €500.');
    expect(en.body.text).toContain('If the delay goes on for 8 more days, we may end the collaboration under that clause and claim back the deposit and the product.');
    // Only the campaign is missing (there is none); every sentence about the clause is there.
    expect(en.missing).toEqual(['campaign_name']);
    expect(notice('nl', '2026-03-11T10:00:00.000Z').body.text).toContain('Loopt de vertraging nog 8 dagen door');
    expect(notice('zh', '2026-03-11T10:00:00.000Z').body.text).toContain('若再逾期8天');
  });

  it('says the cap is reached and ending is open once they are, in each language', () => {
    // 25 March: the script is 16 days late: €800 by the day, capped at €500; past the 10 days for ending.
    const en = notice('en', '2026-03-25T10:00:00.000Z');
    expect(en.subject.text).toBe('Formal notice: the script is 16 days late');
    expect(en.body.text).toContain('so far is €500. That is the agreed cap: it will not grow further.');
    expect(en.body.text).toContain('The delay has reached the termination threshold set out in that clause, so we may now end the collaboration and claim back the deposit and the product.');
    expect(en.body.text).not.toMatch(/grows|Once the delay reaches/);
    const zh = notice('zh', '2026-03-25T10:00:00.000Z').body.text;
    expect(zh).toContain('该金额已达约定上限，不再增加。');
    expect(zh).toContain('我们现在有权终止合作');
    const nl = notice('nl', '2026-03-25T10:00:00.000Z').body.text;
    expect(nl).toContain('Dat is het afgesproken maximum; het loopt niet verder op.');
    expect(nl).toContain('we kunnen de samenwerking nu beëindigen');
  });
});

describe('templates of your own', () => {
  it('are saved, listed after the built-in ones, changed and deleted', () => {
    const mine = saveTemplate(ctx, { kind: 'warm_checkin', language: 'en', name: 'Short nudge', subject: 'Hi {creator_name}', body: 'Any news on {deliverable}?' });
    expect(mine).toMatchObject({ id: expect.stringMatching(/^user:\d+$/), builtIn: false });
    expect(listTemplates(ctx, { kind: 'warm_checkin', language: 'en' }).map((t) => t.id)).toEqual(['builtin:warm_checkin.en', mine.id]);
    const id = Number(mine.id.slice(5));
    expect(saveTemplate(ctx, { id, kind: 'warm_checkin', language: 'en', name: 'Shorter', subject: '', body: 'News?' }).name).toBe('Shorter');
    expect(deleteTemplate(ctx, { id })).toEqual({ deleted: true });
    expectAppError(() => deleteTemplate(ctx, { id }), 'NOT_FOUND');
  });

  it('refuses an unknown variable next to the field that has it, changing nothing', () => {
    const before = snapshot(ctx);
    const error = expectAppError(() => saveTemplate(ctx, { kind: 'thank_you', language: 'en', name: 'Thanks', subject: 'Thanks', body: 'Use {discount_code}!' }), 'BAD_INPUT');
    expect(error.issues).toMatchObject([{ path: ['body'], message: expect.stringContaining('Unknown variable {discount_code}'), key: 'service.unknownVariable' }]);
    expect(snapshot(ctx)).toEqual(before);
  });
});
