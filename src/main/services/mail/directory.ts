import { inArray } from 'drizzle-orm';
import { addressKey } from '../../../shared/mail/addresses';
import { creators } from '../../db/schema';
import type { Ctx, Tx } from '../context';
import { addressesOf } from '../creatorAddresses';

/**
 * Who a mail may be from or to: every address of the creators the brand works with (shown or
 * archived; not those in the trash), and their handles, for a mail from an unknown address that
 * names one ("is this …?").
 */
export interface CreatorDirectory {
  /** The creators an address belongs to (usually one), lowest id first. */
  creatorsOf(address: string | null): number[];
  /** The creator whose handle the text mentions first, if any. */
  mentionedIn(text: string): number | null;
  nameOf(creatorId: number): string;
}

/**
 * A handle counts as mentioned when written with its "@" (@mia.makes), or bare when it could not be
 * an ordinary word: with a dot, an underscore or a digit in it (mia.makes, linwei_home).
 */
const isDistinctive = (handle: string) => /[._\d]/.test(handle) && handle.length >= 5;
/** The words of a text as handles are written (letters, digits, dots, underscores, hyphens), each with whether an "@" came before it. */
function* wordsOf(text: string): Generator<{ at: boolean; word: string }> {
  for (const run of text.toLowerCase().split(/[^\p{L}\p{N}_.@-]+/u)) {
    for (const [i, piece] of run.split('@').entries()) {
      // A handle never ends a sentence's full stop or a dash.
      const word = piece.replace(/^[.-]+/, '').replace(/[.-]+$/, '');
      if (word) yield { at: i > 0, word };
    }
  }
}
const ASCII = /^[\x21-\x7e]+$/;

export function creatorDirectory(db: Ctx['db'] | Tx): CreatorDirectory {
  const rows = db
    .select({ id: creators.id, name: creators.name, email: creators.email, otherEmails: creators.otherEmails, handles: creators.handles })
    .from(creators)
    .where(inArray(creators.visibility, ['shown', 'archived']))
    .orderBy(creators.id)
    .all();
  const byAddress = new Map<string, number[]>();
  const withAt = new Map<string, number>();
  const bare = new Map<string, number>();
  // Handles in scripts written without spaces (林薇的小家) run into the words after them.
  const unspaced: [string, number][] = [];
  for (const row of rows) {
    for (const address of addressesOf(row)) {
      const list = byAddress.get(addressKey(address)) ?? [];
      if (!list.includes(row.id)) byAddress.set(addressKey(address), [...list, row.id]);
    }
    for (const { handle } of row.handles) {
      const h = handle.trim().replace(/^@+/, '').toLowerCase();
      if (h.length < 2 || withAt.has(h)) continue;
      withAt.set(h, row.id);
      if (isDistinctive(h)) bare.set(h, row.id);
      if (!ASCII.test(h)) unspaced.push([h, row.id]);
    }
  }
  const names = new Map(rows.map((r) => [r.id, r.name]));
  return {
    creatorsOf: (address) => (address === null ? [] : (byAddress.get(addressKey(address)) ?? [])),
    nameOf: (id) => names.get(id) ?? '',
    mentionedIn: (text) => {
      for (const { at, word } of wordsOf(text)) {
        const found = at ? (withAt.get(word) ?? unspaced.find(([h]) => word.startsWith(h))?.[1]) : bare.get(word);
        if (found !== undefined) return found;
      }
      return null;
    },
  };
}
