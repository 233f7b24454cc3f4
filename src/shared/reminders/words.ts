import type { FlatNamespace, TFunction } from 'i18next';
import { formatInstantInZone, formatIsoDate } from '../dates';
import { deadlineName } from '../deadlines/names';
import type { Say } from '../i18n/createI18n';
import { INTL_TAGS, type Locale } from '../i18n/locales';
import type { ReminderFacts } from './facts';
import type { Party } from '../contract/schedule';
import type { PopSummary, ReminderKind } from './schemas';

/*
 * A reminder in words, once for the bell, the page's pop-ups, the native notifications and the
 * timeline: a title that stands alone in a pop-up, and a line of context. The words are the
 * `reminders` catalog's, in the language of the `t` the caller gives.
 */

/** Any translator: a component's `t` (whatever its namespaces) or the shell's. */
export type Words = TFunction<FlatNamespace>;

export interface SaidIn {
  t: Words;
  locale: Locale;
  /** The brand's zone, for the time a message was sent. */
  timeZone: string;
}

export interface ReminderToSay {
  kind: ReminderKind;
  occurrence: number;
  party: Party | null;
  facts: ReminderFacts;
}

const ns = 'reminders';

export function reminderTitle({ kind, occurrence, party, facts }: ReminderToSay, { t }: Pick<SaidIn, 't'>): string {
  const creator = facts.creatorName;
  const say: Say = (key, params) => t(key as never, params as never) as unknown as string;
  const subject = facts.subject === null ? '' : deadlineName({ key: facts.subjectKey ?? null, name: facts.subject }, say);
  const deadline = { ns, party: party ?? 'creator', creator, subject };
  switch (kind) {
    case 'due_soon': {
      // Said in calendar days: "in 2 days" at 10:00 for the end of tomorrow would read wrong.
      const left = facts.daysLeft ?? 0;
      if (left <= 0) return t('title.dueSoonHours', { ...deadline, hours: occurrence });
      return left === 1 ? t('title.dueSoonTomorrow', deadline) : t('title.dueSoonDays', { ...deadline, days: left });
    }
    case 'due_today':
      return t('title.dueToday', deadline);
    case 'overdue':
      return t('title.overdue', { ...deadline, days: occurrence });
    case 'sla_breached':
      return t('title.slaBreached', { ns, creator });
    case 'licence_expiring': {
      // The real count: a laptop that slept past the 14-day step wakes up to the days actually left.
      const left = facts.daysLeft ?? occurrence;
      if (left > 0) return t('title.licenceEndsIn', { ns, creator, days: left });
      return left === 0 ? t('title.licenceEndsToday', { ns, creator }) : t('title.licenceEnded', { ns, creator, days: -left });
    }
    case 'min_live_end':
      return t('title.minLiveEnd', { ns, creator });
    case 'gifting_followup': {
      const days = facts.daysSinceGift ?? occurrence;
      return t(isLastNote(occurrence) ? 'title.giftLastNote' : 'title.giftFollowUp', { ns, creator, days });
    }
    case 'check_in':
      return t('title.checkIn', { ns, creator });
  }
}

export function reminderBody({ kind, occurrence, facts }: ReminderToSay, { t, locale, timeZone }: SaidIn): string {
  const date = formatIsoDate(facts.dueDate, INTL_TAGS[locale]);
  switch (kind) {
    case 'due_soon':
      return t('body.dueSoon', { ns, date });
    case 'due_today':
      return t('body.dueToday', { ns, date });
    case 'overdue':
      return t('body.overdue', { ns, date });
    case 'sla_breached':
      return t('body.slaBreached', { ns, sent: facts.messageSentAt ? formatInstantInZone(facts.messageSentAt, timeZone, INTL_TAGS[locale]) : '' });
    case 'licence_expiring':
      return t('body.licenceExpiring', { ns, date });
    case 'min_live_end':
      return t('body.minLiveEnd', { ns, date });
    case 'gifting_followup':
      return t(isLastNote(occurrence) ? 'body.giftLastNote' : 'body.giftFollowUp', { ns });
    case 'check_in': {
      // Counted from the last message since the product arrived, else from the arrival.
      const since = facts.lastContactOn ?? facts.arrivedOn;
      if (!since) return t('body.checkIn', { ns });
      return t(facts.lastContactOn ? 'body.checkInSinceContact' : 'body.checkInSinceArrival', { ns, date: formatIsoDate(since, INTL_TAGS[locale]) });
    }
  }
}

/** The last step of a gift's follow-ups asks for a last note, not a check-in. */
const isLastNote = (occurrence: number) => occurrence >= 14;

export function reminderWords(reminder: ReminderToSay, said: SaidIn): { title: string; body: string } {
  return { title: reminderTitle(reminder, said), body: reminderBody(reminder, said) };
}

/** Several reminders in one pop-up: how many, and of which kinds. */
export function summaryWords(summary: PopSummary, { t }: Pick<SaidIn, 't'>): { title: string; body: string } {
  const count = summary.counts.reduce((sum, c) => sum + c.count, 0);
  // A list of counts, not a sentence: each part is its own message, set apart as a list is.
  const counts = summary.counts.map((c) => t(`summary.kind.${c.kind}`, { ns, count: c.count })).join(' · ');
  return {
    title: t(summary.caughtUp ? 'summary.caughtUp' : 'summary.needYou', { ns, count }),
    body: t('summary.body', { ns, counts, date: summary.asOf }),
  };
}

/** A pop-up's words: its reminder's, or its summary's. */
export function popWords(
  pop: { kind: ReminderKind | null; occurrence: number | null; party: Party | null; facts: ReminderFacts | null; summary: PopSummary | null },
  said: SaidIn,
): { title: string; body: string } {
  if (pop.summary) return summaryWords(pop.summary, said);
  return reminderWords({ kind: pop.kind!, occurrence: pop.occurrence ?? 0, party: pop.party, facts: pop.facts! }, said);
}
