import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '../../i18n';
import { conversationLine } from './conversationLine';

const now = new Date('2026-03-10T12:00:00.000Z');
const since = '2026-03-08T08:00:00.000Z'; // 52 hours earlier

// The computer running the tests must not choose the language the lines are read in.
beforeEach(() => i18n.changeLanguage('en'));
afterEach(() => i18n.changeLanguage('en'));

describe('the conversation line of a card', () => {
  it.each([
    [{ health: 'on_track', waitingOn: null, waitingSince: null, lastContactAt: null }, 'No messages yet', 'dimmed'],
    [{ health: 'on_track', waitingOn: 'creator', waitingSince: '2026-03-10T07:00:00.000Z', lastContactAt: '2026-03-10T07:00:00.000Z' }, 'Waiting on them · 5 h', 'dimmed'],
    [{ health: 'no_reply', waitingOn: 'creator', waitingSince: since, lastContactAt: since }, 'No reply for 2 d', 'orange'],
    [{ health: 'overdue', waitingOn: 'creator', waitingSince: since, lastContactAt: since }, 'Waiting on them · 2 d', 'dimmed'],
    [{ health: 'lost_contact', waitingOn: 'creator', waitingSince: '2026-03-01T12:00:00.000Z', lastContactAt: since }, 'Lost contact · no reply for 9 d', 'red'],
    [{ health: 'on_track', waitingOn: 'brand', waitingSince: '2026-03-10T09:00:00.000Z', lastContactAt: '2026-03-10T09:00:00.000Z' }, 'Your turn · they wrote 3 h ago', 'blue'],
    [{ health: 'on_track', waitingOn: null, waitingSince: null, lastContactAt: since }, 'Last contact 2 d ago', 'dimmed'],
    [{ health: 'ghosted', waitingOn: 'creator', waitingSince: since, lastContactAt: since, productReceivedOn: '2026-02-20' }, 'Ghosted · gift arrived 18 d ago', 'red'],
  ] as const)('%j → %s', (card, text, color) => {
    expect(conversationLine(card, now)).toMatchObject({ text, color });
  });

  it('names the unanswered message in the tooltip', () => {
    expect(conversationLine({ health: 'no_reply', waitingOn: 'creator', waitingSince: since, lastContactAt: since }, now).title).toMatch(/^Your message of .+ is unanswered · Last contact /);
  });

  it('speaks the interface language, durations included', async () => {
    const card = { health: 'no_reply', waitingOn: 'creator', waitingSince: since, lastContactAt: since } as const;
    await i18n.changeLanguage('zh');
    expect(conversationLine(card, now).text).toBe('2 天未回复');
    await i18n.changeLanguage('nl');
    expect(conversationLine({ ...card, waitingSince: '2026-03-10T07:00:00.000Z', health: 'on_track' }, now).text).toBe('Wacht op antwoord · 5 u');
  });
});
