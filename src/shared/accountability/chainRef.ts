import type { TemplateLanguage } from '../outreach/kinds';

/*
 * The seal of the history's newest event, shared with someone outside the app. Anyone with the
 * database file can rewrite every event and recompute every seal, so the chain alone shows only
 * that the file is consistent. A seal that left the machine (in a message to the creator, in a
 * printed evidence pack) fixes the history up to that event: a later rewrite would change it.
 */

/**
 * Characters of the seal a reference carries: 64 bits, so forging another history with the same
 * reference takes about 2^64 attempts. Fewer would be within reach of a forger's computer.
 */
export const SHORT_SEAL_LENGTH = 16;

export const shortSeal = (hash: string): string => hash.slice(0, SHORT_SEAL_LENGTH);

/** "2026-03-25 14:02 UTC": the same in every language, and what a pasted reference is read back as. */
export const sealTime = (recordedAt: string): string => `${new Date(recordedAt).toISOString().slice(0, 16).replace('T', ' ')} UTC`;

const LABEL: Record<TemplateLanguage, string> = { en: 'Ref.', nl: 'Kenmerk', zh: '参考编号' };

/** The line that ends a message to a creator: "Ref. 3f9a2c1d5e7b0a44 · 2026-03-25 14:02 UTC". */
export const referenceLine = (language: TemplateLanguage, hash: string, recordedAt: string): string =>
  `${LABEL[language]} ${shortSeal(hash)} · ${sealTime(recordedAt)}`;

export interface GivenReference {
  seal: string;
  /** The minute the reference names, as an ISO instant; absent when only the seal was given. */
  at?: string;
}

/**
 * A reference as pasted from a message or a printed pack, in any of its languages: the seal (16 to
 * 64 hex characters) and, when there, its time. Null when the text holds no seal.
 */
export function parseReference(text: string): GivenReference | null {
  const seal = /(?:^|[^0-9a-f])([0-9a-f]{16,64})(?![0-9a-f])/i.exec(text)?.[1];
  if (!seal) return null;
  const time = /(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})/.exec(text);
  const at = time ? new Date(`${time[1]}T${time[2]}:00Z`) : null;
  return at && !Number.isNaN(at.getTime()) ? { seal: seal.toLowerCase(), at: at.toISOString() } : { seal: seal.toLowerCase() };
}

/** What the chain proves and what it does not, as the evidence pack states it. */
export const CHAIN_STATEMENT = [
  'Every event is sealed with the SHA-256 of its content chained to the seal of the event before it. The check shows that the history in this file is consistent: no event was changed, removed or reordered without the seals after it being recomputed.',
  'On its own, that proves internal consistency only: whoever controls the file could rewrite the whole history and recompute every seal.',
  `What makes the history hold up is a seal that left this computer. Every message Followthrough writes to a creator ends with a reference (the first ${SHORT_SEAL_LENGTH} characters of the newest seal and its time), and this pack names the seal as it was drawn up. When a reference someone else received is still the seal of an event here (Verify history with that reference), the history up to that event was not rewritten after it was shared; events recorded after the last shared reference have only the chain's own consistency behind them.`,
] as const;
