import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AmendmentAddInput, AmendmentLetterInput } from '../../shared/amendments/schemas';
import { SEED } from '../../shared/contract/fixtures';
import { presetTerms } from '../../shared/contract/presets';
import type { ContractTerms } from '../../shared/contract/terms';
import { describeEvent } from '../../shared/eventWords';
import { translator } from '../../shared/i18n/createI18n';
import type { Locale } from '../../shared/i18n/locales';
import { contracted } from '../testing/contracted';
import { snapshot, testContext } from '../testing/context';
import { expectAppError } from '../testing/expectAppError';
import { evidencePack } from './accountability/evidence';
import { openDispute } from './accountability/disputes';
import { addAmendment, amendmentLetter, listAmendments } from './amendments';
import { createCollaboration, getCollaboration } from './collaborations';
import { finalizeContract } from './contracts';
import { listDeadlines } from './deadlineList';
import { deliverMilestone } from './deadlines';
import { listEvents, logEvent } from './events';
import { ledgerOf } from './payments';
import { checkReminders } from './reminders/tick';
import { exportCalendar } from './calendar';
import { updateSettings } from './settingsUpdate';
import { spelled } from '../../shared/i18n/spelled';

let ctx: ReturnType<typeof testContext>;
let mia: { collaborationId: number; creatorId: number };
// €1,000 fee; publishing due 22 March (20 days after the product came on 2 March); 5 % a day late, cap 50 %.
beforeEach(() => {
  ctx = testContext('2026-03-25T10:00:00.000Z');
  updateSettings(ctx, { timeZone: 'Europe/Amsterdam', brandName: 'Lumen', senderName: 'Ana' });
  mia = contracted(ctx, { signedOn: '2026-02-20', productReceivedOn: '2026-03-02', milestones: ['publish'] });
});
afterEach(() => ctx.cleanup());

const amend = (input: Record<string, unknown>) => addAmendment(ctx, AmendmentAddInput.parse({ collaborationId: mia.collaborationId, reason: 'Agreed by email', ...input }));
const deadlines = () => listDeadlines(ctx, { collaborationId: mia.collaborationId, openOnly: false });
const publish = () => deadlines().deadlines.find((d) => d.key === 'publish')!;
const penalty = () => deadlines().penalties[0]!;

describe('amendments: what was agreed after the contract', () => {
  it('moves a milestone to the agreed date: no longer late, the deduction gone, the contract’s date kept beside it', () => {
    expect(penalty().deductionMinor).toBe(15_000);
    checkReminders(ctx);
    const item = `milestone:${publish().id}@2026-03-22`;
    const openFor = (key: string) => ctx.db.$client.prepare<[string], { kind: string }>('SELECT kind FROM notifications WHERE item = ? AND closed_at IS NULL').all(key);
    expect(openFor(item).map((n) => n.kind)).toEqual(['overdue']);
    const message = logEvent(ctx, { collaborationId: mia.collaborationId, type: 'message', direction: 'creator_to_brand', channel: 'email', text: 'Could I post on the 29th?' });
    const a = amend({ kind: 'extension', deadlineId: publish().id, newDate: '2026-03-29', requestedBy: 'creator', messageEventId: message.id });
    expect(a.facts).toMatchObject({ kind: 'extension', contractVersion: 1, agreedOn: '2026-03-25', fromDate: '2026-03-22', toDate: '2026-03-29', requestedBy: 'creator', messageEventId: message.id });
    expect(publish()).toMatchObject({ dueDate: '2026-03-29', originalDueDate: '2026-03-22', status: 'upcoming', daysLate: 0 });
    expect(penalty()).toMatchObject({ daysLate: 0, deductionMinor: 0 });
    // The reminder about the old date closes; the new date reminds in its own time.
    checkReminders(ctx);
    expect(openFor(item)).toEqual([]);
    expect(ledgerOf(ctx, { collaborationId: mia.collaborationId }).stillToPayMinor).toBe(100_000);
    // Late again from the new date, and counted from it.
    ctx.clock.set('2026-04-01T10:00:00.000Z');
    expect(penalty()).toMatchObject({ daysLate: 3, deductionMinor: 15_000 });
    const pack = evidencePack(ctx, { collaborationId: mia.collaborationId });
    expect(pack.milestones.find((m) => m.name === publish().name)).toMatchObject({ dueDate: '2026-03-29', originalDueDate: '2026-03-22' });
    expect(pack.amendments).toEqual([{ agreedOn: '2026-03-25', title: expect.stringContaining('moved from 22 Mar 2026 to 29 Mar 2026'), detail: expect.stringContaining('at the creator’s request') }]);
    expect(exportCalendar(ctx, {}).content).toContain('Moved by agreement from 2026-03-22');
    const event = listEvents(ctx, { collaborationId: mia.collaborationId, limit: 100 }).find((e) => e.type === 'amendment.recorded')!;
    expect(describeEvent(event, translator('en')).title).toBe(`Amended: “${publish().name}” moved from 22 Mar 2026 to 29 Mar 2026`);
  });

  it('refuses an extension that is not one, and changes nothing', () => {
    const before = snapshot(ctx);
    const id = publish().id;
    expect(expectAppError(() => amend({ kind: 'extension', deadlineId: id, newDate: '2026-03-22', requestedBy: 'creator' }), 'BAD_INPUT').message).toBe('Choose a day after its current date, 2026-03-22.');
    expect(expectAppError(() => amend({ kind: 'extension', deadlineId: id, newDate: '2026-03-29', requestedBy: 'brand', agreedOn: '2026-03-26' }), 'BAD_INPUT').message).toBe('An agreement cannot be dated in the future.');
    const deposit = deadlines().deadlines.find((d) => d.key === 'brand_deposit')!;
    expect(expectAppError(() => amend({ kind: 'extension', deadlineId: deposit.id, newDate: '2026-04-29', requestedBy: 'brand' }), 'BAD_INPUT').message).toMatch(/not one of the creator’s milestones/);
    expect(expectAppError(() => amend({ kind: 'extension', deadlineId: id, newDate: '2026-03-29', requestedBy: 'creator', messageEventId: 1 }), 'BAD_INPUT').message).toBe('Choose a message logged on this collaboration.');
    const other = contracted(ctx, { creatorName: 'Lin', productReceivedOn: '2026-03-02', milestones: ['publish'] });
    const theirs = listDeadlines(ctx, { collaborationId: other.collaborationId, openOnly: true }).deadlines.find((d) => d.key === 'publish')!;
    const afterOther = snapshot(ctx);
    expect(expectAppError(() => amend({ kind: 'extension', deadlineId: theirs.id, newDate: '2026-04-29', requestedBy: 'creator' }), 'BAD_INPUT').message).toBe('Choose a deadline of this collaboration.');
    expect(snapshot(ctx)).toEqual(afterOther);
    expect(before.events!.length).toBeLessThan(afterOther.events!.length);
  });

  it('refuses to extend what was delivered, or to amend without a contract in force', () => {
    ctx.clock.set('2026-03-20T10:00:00.000Z');
    const id = publish().id;
    deliverMilestone(ctx, { id });
    expect(expectAppError(() => amend({ kind: 'extension', deadlineId: id, newDate: '2026-03-29', requestedBy: 'creator' }), 'BAD_INPUT').message).toMatch(/already delivered on 2026-03-20/);
    const creatorId = mia.creatorId;
    const bare = createCollaboration(ctx, { creatorId, campaignId: null, feeMinor: 50_000, currency: 'EUR', productValueMinor: null, startDate: null, publishBy: null, expectsPost: true, replyWithinHours: null, signedOn: null, productReceivedOn: null, notes: '', stage: 'negotiating' });
    const before = snapshot(ctx);
    expect(expectAppError(() => addAmendment(ctx, AmendmentAddInput.parse({ collaborationId: bare.id, kind: 'fee_change', feeMinor: 60_000, reason: 'More work' })), 'CONFLICT').message).toMatch(/no contract in force to amend/);
    expect(snapshot(ctx)).toEqual(before);
  });

  it('waives half the deduction: the ledger, the evidence pack and the letter say so, and the share holds as it grows', () => {
    const dispute = openDispute(ctx, { collaborationId: mia.collaborationId, issue: 'Deduction contested', ourPosition: '', creatorPosition: '', eventIds: [] });
    const a = amend({ kind: 'waiver', percent: 50, disputeId: dispute.id, reason: 'Settled: deduction halved' });
    expect(a.facts).toMatchObject({ kind: 'waiver', waivedBp: 5_000, amountMinor: null, disputeId: dispute.id });
    expect(penalty()).toMatchObject({ computedMinor: 15_000, waivedMinor: 7_500, deductionMinor: 7_500 });
    expect(ledgerOf(ctx, { collaborationId: mia.collaborationId })).toMatchObject({ deductionMinor: 7_500, waivedMinor: 7_500, stillToPayMinor: 92_500 });
    ctx.clock.set('2026-04-05T10:00:00.000Z');
    expect(penalty()).toMatchObject({ computedMinor: 50_000, waivedMinor: 25_000, deductionMinor: 25_000 });
    const pack = evidencePack(ctx, { collaborationId: mia.collaborationId });
    expect(pack.penalty).toMatchObject({ computedMinor: 50_000, waivedMinor: 25_000, deductionMinor: 25_000 });
    expect(pack.penalty!.explanation).toBe('14 days charged × €50 a day, capped at €500: €500. Waived by agreement: €250. Deducted: €250.');
    expect(pack.amendments![0]).toMatchObject({ title: 'Late-delivery deduction reduced by 50 %', detail: expect.stringContaining(`Settles dispute #${dispute.id}.`) });
    const letter = amendmentLetter(ctx, { eventId: a.eventId });
    expect(letter.html).toContain('The brand waives 50 % of the deduction for late delivery under the contract, whatever it comes to.');
    expect(letter.html).toContain(`This settles dispute #${dispute.id}.`);
  });

  it('adds fixed amounts up to the cap and no further; a waiver in full ends it', () => {
    amend({ kind: 'waiver', amountMinor: 10_000 });
    expect(penalty()).toMatchObject({ computedMinor: 15_000, waivedMinor: 10_000, deductionMinor: 5_000 });
    const before = snapshot(ctx);
    expect(expectAppError(() => amend({ kind: 'waiver', amountMinor: 40_001 }), 'BAD_INPUT').message).toBe('The deduction can never exceed its cap of €500; at most €400 is left to waive.');
    expect(snapshot(ctx)).toEqual(before);
    amend({ kind: 'waiver', percent: 100 });
    expect(penalty()).toMatchObject({ computedMinor: 15_000, waivedMinor: 15_000, deductionMinor: 0 });
    expect(expectAppError(() => amend({ kind: 'waiver', percent: 10 }), 'CONFLICT').message).toBe('The deduction is already waived in full.');
    const both = AmendmentAddInput.safeParse({ collaborationId: 1, kind: 'waiver', reason: 'x', amountMinor: 100, percent: 10 });
    expect(spelled(both.error?.issues[0]?.message ?? '').message).toMatch(/either an amount or a percentage/);
  });

  it('changes the fee: the card, the deduction, the deposit and the ledger follow; a new version replaces the amendments', () => {
    amend({ kind: 'fee_change', feeMinor: 120_000, reason: 'One more story' });
    expect(getCollaboration(ctx, mia.collaborationId).feeMinor).toBe(120_000);
    expect(penalty()).toMatchObject({ feeMinor: 120_000, perDayMinor: 6_000, deductionMinor: 18_000 });
    expect(ledgerOf(ctx, { collaborationId: mia.collaborationId })).toMatchObject({ feeMinor: 120_000, stillToPayMinor: 102_000 });
    expect(expectAppError(() => amend({ kind: 'fee_change', feeMinor: 120_000 }), 'BAD_INPUT').message).toBe('The fee is already €1,200.');
    amend({ kind: 'waiver', amountMinor: 1_000 });
    const terms = { ...presetTerms('paid_video', { ...SEED, creatorName: 'Mia Chen', feeMinor: 110_000 }) };
    finalizeContract(ctx, { collaborationId: mia.collaborationId, terms: { ...terms, milestones: terms.milestones.filter((m) => m.key === 'publish') } });
    expect(listAmendments(ctx, { collaborationId: mia.collaborationId }).map((a) => [a.facts.kind, a.inForce])).toEqual([
      ['fee_change', false],
      ['waiver', false],
    ]);
    expect(penalty()).toMatchObject({ feeMinor: 110_000, waivedMinor: 0 });
    expect(getCollaboration(ctx, mia.collaborationId).feeMinor).toBe(110_000);
  });

  it('prints a letter naming the version it amends by its hash, with both parties to sign', () => {
    const a = amend({ kind: 'extension', deadlineId: publish().id, newDate: '2026-03-29', requestedBy: 'brand', reason: 'Launch moved <b>a week</b>' });
    const { filename, html } = amendmentLetter(ctx, { eventId: a.eventId });
    expect(filename).toBe(`amendment-${mia.collaborationId}-2026-03-25-${a.eventId}.pdf`);
    expect(html).toMatch(/version 1, finalized \d+ \w+ 2026 \(SHA-256 [0-9a-f]{64}\)/);
    expect(html).toContain('moves from 22 March 2026 to 29 March 2026, at the brand’s request');
    expect(html).toContain('Launch moved &lt;b&gt;a week&lt;/b&gt;');
    expect(html).toContain('For the brand');
    expect(html).toContain('<html lang="en-GB">');
    expect(html).not.toContain('<script');
  });

  it('writes the letter in the language of the contract it amends, for the creator who signs it', () => {
    const letterFor = (name: string, change: Partial<ContractTerms>, language?: Locale) => {
      const { collaborationId } = contracted(ctx, { creatorName: name, productReceivedOn: '2026-03-02', milestones: ['publish'], change: (t) => ({ ...t, ...change }) });
      const deadline = listDeadlines(ctx, { collaborationId, openOnly: false }).deadlines.find((d) => d.key === 'publish')!;
      const a = addAmendment(ctx, AmendmentAddInput.parse({ collaborationId, kind: 'extension', deadlineId: deadline.id, newDate: '2026-03-29', requestedBy: 'creator', reason: '物流延误' }));
      return amendmentLetter(ctx, AmendmentLetterInput.parse({ eventId: a.eventId, language })).html;
    };
    // The brand works in English; the creator's contract is not.
    const zh = letterFor('李娜', { language: 'zh' });
    expect(zh).toContain('<html lang="zh-CN">');
    expect(zh).toContain('补充协议</h1>');
    expect(zh).toContain('甲方（品牌方）Lumen与乙方（达人）李娜经协商一致，于2026年3月25日');
    expect(zh).toContain('应乙方要求，“Final video published”的截止日期由2026年3月22日延至2026年3月29日。');
    expect(zh).toContain('变更原因：物流延误');
    expect(zh).toContain('乙方（达人）');
    expect(zh).not.toMatch(/Amendment|Reason|2026-03/);

    const nl = letterFor('Sanne de Vries', { language: 'nl' });
    expect(nl).toContain('<html lang="nl-NL">');
    expect(nl).toContain('<h1>Aanvulling op de overeenkomst “');
    expect(nl).toContain('Op verzoek van de maker wordt de opleverdatum van “Final video published” verschoven van 22 maart 2026 naar 29 maart 2026.');
    expect(nl).toContain('Alle overige bepalingen van de overeenkomst blijven ongewijzigd van kracht.');
    expect(nl).toContain('De maker');
    expect(nl).not.toMatch(/Amendment|Reason|2026-03/);

    // Two languages: each paragraph beside its translation, the contract's prevailing one named again.
    const both = letterFor('Mia Lin', { language: 'zh', secondLanguage: 'en', prevailing: 'second' });
    expect(both).toContain('<html lang="zh-CN">');
    expect(both).toMatch(/<div class="pair"><p class="body hash" lang="zh-CN">应乙方要求，[^<]*<\/p><p class="body hash" lang="en-GB">The due date of “Final video published” moves from 22 March 2026 to 29 March 2026, at the creator’s request.<\/p><\/div>/);
    expect(both).toContain('以英文文本为准');
    expect(both).toContain('the English version prevails, as in the contract.');
    expect(both).toContain('签署 / Signatures');

    // Asked for in one language, the letter is in that one alone, signatures included.
    const asked = letterFor('Mia Chen', {}, 'nl');
    expect(asked).toContain('<html lang="nl-NL">');
    expect(asked).toContain('Namens het merk');
    expect(asked).not.toMatch(/For the brand|Amendment/);
  });
});
