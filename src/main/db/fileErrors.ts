/*
 * Why a file could not be read or written, from Node's errno codes and SQLite's result codes, so
 * a full disk, a refused permission and a read-only drive are each said for what they are.
 */

export type FileTrouble = 'disk_full' | 'permission_denied' | 'read_only' | 'missing' | 'cannot_open' | 'other';

const TROUBLES: [FileTrouble, RegExp][] = [
  ['disk_full', /^(ENOSPC|EDQUOT|SQLITE_FULL)$/],
  ['permission_denied', /^(EACCES|EPERM|SQLITE_PERM|SQLITE_AUTH)$/],
  ['read_only', /^(EROFS|SQLITE_READONLY\w*)$/],
  ['missing', /^(ENOENT|ENOTDIR)$/],
  ['cannot_open', /^SQLITE_CANTOPEN\w*$/],
];

export function troubleOf(error: unknown): FileTrouble {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return 'other';
  return TROUBLES.find(([, pattern]) => pattern.test(code))?.[0] ?? 'other';
}

/** A permission or read-only problem: the data may well be fine, it just cannot be reached. */
export const isAccessTrouble = (trouble: FileTrouble) => trouble === 'permission_denied' || trouble === 'read_only' || trouble === 'cannot_open';

export const TROUBLE_WORDS: Record<FileTrouble, string> = {
  disk_full: 'the disk is full',
  permission_denied: 'permission denied',
  read_only: 'the disk or folder is read-only',
  missing: 'it does not exist',
  cannot_open: 'the file cannot be opened',
  other: 'the disk reported an error',
};

export function wordsFor(error: unknown): string {
  const trouble = troubleOf(error);
  if (trouble !== 'other') return TROUBLE_WORDS[trouble];
  return `${TROUBLE_WORDS.other} (${error instanceof Error ? error.message : String(error)})`;
}
